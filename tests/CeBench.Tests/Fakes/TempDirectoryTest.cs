namespace CeBench.Tests.Fakes;

/// <summary>A test class whose every test gets its own empty folder, removed afterwards.</summary>
public abstract class TempDirectoryTest : IDisposable
{
    protected string TempDir { get; } = Directory.CreateTempSubdirectory("cebench-test-").FullName;

    public void Dispose()
    {
        Directory.Delete(TempDir, recursive: true);
        GC.SuppressFinalize(this);
    }
}
