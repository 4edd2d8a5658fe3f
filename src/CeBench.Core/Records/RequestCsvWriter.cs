using System.Threading.Channels;
using CsvHelper;

namespace CeBench.Core.Records;

/// <summary>
/// Streams records to requests.csv as they finish. Requests complete on many threads; one
/// background writer owns the file and flushes whenever it has caught up, so a crash loses at
/// most the records of the last moment, and memory does not grow with the run.
/// </summary>
public sealed class RequestCsvWriter : IAsyncDisposable
{
    private readonly Channel<RequestRecord> _channel = Channel.CreateUnbounded<RequestRecord>(new UnboundedChannelOptions { SingleReader = true });
    private readonly StreamWriter _file;
    private readonly CsvWriter _csv;
    private readonly Task _pump;

    /// <summary>Appends to <paramref name="path"/>, writing the header only when the file is new or empty.</summary>
    public RequestCsvWriter(string path)
    {
        var exists = File.Exists(path) && new FileInfo(path).Length > 0;
        _file = new StreamWriter(path, append: true);
        _csv = new CsvWriter(_file, RequestCsv.Configuration);
        _csv.Context.RegisterClassMap<RequestRecordMap>();
        if (!exists)
        {
            _csv.WriteHeader<RequestRecord>();
            _csv.NextRecord();
        }

        _pump = Task.Run(PumpAsync);
    }

    public long Written { get; private set; }

    public void Add(RequestRecord record) => _channel.Writer.TryWrite(record);

    public async ValueTask DisposeAsync()
    {
        _channel.Writer.TryComplete();
        await _pump.ConfigureAwait(false);
        await _csv.DisposeAsync().ConfigureAwait(false);
        await _file.DisposeAsync().ConfigureAwait(false);
    }

    private async Task PumpAsync()
    {
        var reader = _channel.Reader;
        while (await reader.WaitToReadAsync().ConfigureAwait(false))
        {
            while (reader.TryRead(out var record))
            {
                _csv.WriteRecord(record);
                await _csv.NextRecordAsync().ConfigureAwait(false);
                Written++;
            }

            await _csv.FlushAsync().ConfigureAwait(false);
            await _file.FlushAsync().ConfigureAwait(false);
        }
    }
}
