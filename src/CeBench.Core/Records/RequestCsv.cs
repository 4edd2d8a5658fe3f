using System.Globalization;
using CsvHelper;
using CsvHelper.Configuration;

namespace CeBench.Core.Records;

/// <summary>Reads requests.csv back, for summaries, comparisons and reports.</summary>
public static class RequestCsv
{
    public const string FileName = "requests.csv";

    internal static CsvConfiguration Configuration => new(CultureInfo.InvariantCulture);

    public static IReadOnlyList<RequestRecord> Read(string path)
    {
        using var reader = new StreamReader(path);
        using var csv = new CsvReader(reader, Configuration);
        csv.Context.RegisterClassMap<RequestRecordMap>();
        return csv.GetRecords<RequestRecord>().ToList();
    }
}
