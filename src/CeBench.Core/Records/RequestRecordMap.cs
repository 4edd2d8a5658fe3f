using CeBench.Core.Client;
using CsvHelper;
using CsvHelper.Configuration;
using CsvHelper.TypeConversion;

namespace CeBench.Core.Records;

/// <summary>The columns of requests.csv, in order, with outcomes by their wire names.</summary>
public sealed class RequestRecordMap : ClassMap<RequestRecord>
{
    public RequestRecordMap()
    {
        Map(r => r.Case).Name("case");
        Map(r => r.Index).Name("index");
        Map(r => r.Workload).Name("workload");
        Map(r => r.IntendedMs).Name("intended_ms");
        Map(r => r.SentMs).Name("sent_ms");
        Map(r => r.DoneMs).Name("done_ms");
        Map(r => r.LatencyMs).Name("latency_ms");
        Map(r => r.ServiceMs).Name("service_ms");
        Map(r => r.LagMs).Name("lag_ms");
        Map(r => r.CompileMs).Name("compile_ms");
        Map(r => r.QueueMs).Name("queue_ms");
        Map(r => r.OverheadMs).Name("overhead_ms");
        Map(r => r.Outcome).Name("outcome").TypeConverter<OutcomeConverter>();
        Map(r => r.Expected).Name("expected");
        Map(r => r.Attempts).Name("attempts");
        Map(r => r.HttpStatus).Name("http_status");
        Map(r => r.Detail).Name("detail");
    }

    private sealed class OutcomeConverter : DefaultTypeConverter
    {
        public override object? ConvertFromString(string? text, IReaderRow row, MemberMapData memberMapData) =>
            OutcomeNames.Parse(text ?? "");

        public override string? ConvertToString(object? value, IWriterRow row, MemberMapData memberMapData) =>
            value is Outcome outcome ? outcome.ToWireName() : "";
    }
}
