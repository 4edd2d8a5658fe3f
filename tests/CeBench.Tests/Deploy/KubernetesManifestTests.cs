using YamlDotNet.RepresentationModel;

namespace CeBench.Tests.Deploy;

/// <summary>The Indexed Job manifest stays consistent with the bench's sharding options.</summary>
public class KubernetesManifestTests
{
    private static YamlMappingNode Load(string file)
    {
        var yaml = new YamlStream();
        using var reader = new StreamReader(Path.Combine(RepoPaths.Root, "deploy", "kubernetes", file));
        yaml.Load(reader);
        return (YamlMappingNode)yaml.Documents.Single().RootNode;
    }

    private static YamlNode At(YamlNode node, params string[] path) =>
        path.Aggregate(node, (n, key) => ((YamlMappingNode)n).Children[new YamlScalarNode(key)]);

    private static string Text(YamlNode node, params string[] path) => ((YamlScalarNode)At(node, path)).Value!;

    [Fact]
    public void The_job_is_indexed_with_one_shard_per_completion()
    {
        var job = Load("cebench-indexed-job.yaml");

        Assert.Equal(("batch/v1", "Job"), (Text(job, "apiVersion"), Text(job, "kind")));
        Assert.Equal("Indexed", Text(job, "spec", "completionMode"));
        Assert.Equal(Text(job, "spec", "completions"), Text(job, "spec", "parallelism"));
        Assert.Equal("Never", Text(job, "spec", "template", "spec", "restartPolicy"));
    }

    [Fact]
    public void Every_pod_runs_its_segment_from_one_shared_start_into_the_results_volume()
    {
        var job = Load("cebench-indexed-job.yaml");
        var n = Text(job, "spec", "completions");
        var container = (YamlMappingNode)((YamlSequenceNode)At(job, "spec", "template", "spec", "containers")).Children.Single();
        var args = ((YamlSequenceNode)At(container, "args")).Children.Select(a => ((YamlScalarNode)a).Value!).ToList();
        string After(string option) => args[args.IndexOf(option) + 1];

        Assert.Equal($"$(JOB_COMPLETION_INDEX)/{n}", After("--segment"));
        Assert.Equal("$(CEBENCH_START_AT)", After("--start-at"));
        var env = ((YamlSequenceNode)At(container, "env")).Children.Select(e => Text(e, "name")).ToArray();
        Assert.Contains("CEBENCH_START_AT", env);
        Assert.True(DateTimeOffset.TryParse(
            ((YamlSequenceNode)At(container, "env")).Children.Where(e => Text(e, "name") == "CEBENCH_START_AT").Select(e => Text(e, "value")).Single(),
            System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.AssumeUniversal, out _));
        Assert.Contains("--seed", args);
        Assert.Equal("/app/workloads", After("--workloads-dir"));

        var mount = (YamlMappingNode)((YamlSequenceNode)At(container, "volumeMounts")).Children.Single();
        Assert.StartsWith(Text(mount, "mountPath") + "/", After("--results"));
        var volume = ((YamlSequenceNode)At(job, "spec", "template", "spec", "volumes")).Children.Single(v => Text(v, "name") == Text(mount, "name"));
        var claim = Text(volume, "persistentVolumeClaim", "claimName");
        var pvc = Load("results-pvc.yaml");
        Assert.Equal(("PersistentVolumeClaim", claim), (Text(pvc, "kind"), Text(pvc, "metadata", "name")));
        Assert.Contains("ReadWriteMany", ((YamlSequenceNode)At(pvc, "spec", "accessModes")).Children.Select(m => ((YamlScalarNode)m).Value));
    }

    [Fact]
    public void The_image_definition_publishes_the_bench_with_its_workloads()
    {
        var dockerfile = File.ReadAllText(Path.Combine(RepoPaths.Root, "deploy", "Dockerfile"));

        Assert.Contains("dotnet publish bench/CeBench.Bench/CeBench.Bench.csproj", dockerfile);
        Assert.Contains("COPY workloads /app/workloads", dockerfile);
        Assert.Contains("ENTRYPOINT [\"dotnet\", \"CeBench.Bench.dll\"]", dockerfile);
    }
}
