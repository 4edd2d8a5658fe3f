using System.Globalization;

namespace CeBench.Core.Workloads;

/// <summary>
/// Reads a workload's header: the leading block of <c>//</c> lines, each <c>key: value</c>
/// (design.md section 3). A bare <c>//</c> line is allowed as a separator; anything else that is
/// not a known key is an error naming file and line, so a typo never silently changes a run.
/// </summary>
public static class WorkloadParser
{
    public const string HeaderKeys =
        "description, compile, lib, compiler, lang, expect, baseline_min_ms, baseline_max_ms, weight, execute";

    public static Workload Parse(string filePath, string text)
    {
        var name = Path.GetFileNameWithoutExtension(filePath);
        var header = new HeaderState(filePath);
        var lines = text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].TrimEnd('\r');
            if (i == 0)
            {
                line = line.TrimStart('\uFEFF');
            }

            if (!line.StartsWith("//", StringComparison.Ordinal))
            {
                break;
            }

            header.Apply(line[2..], i + 1);
        }

        return header.Build(name, text);
    }

    private sealed class HeaderState(string filePath)
    {
        private readonly Dictionary<string, int> _seenOnLine = new(StringComparer.Ordinal);
        private readonly List<LibraryRef> _libraries = [];
        private string _description = "";
        private string _userArguments = "";
        private string? _compiler;
        private string _lang = Workload.DefaultLang;
        private WorkloadExpectation _expect = WorkloadExpectation.Success;
        private bool _execute;
        private double _weight = 1;
        private int? _baselineMin;
        private int? _baselineMax;
        private int _baselineLine;

        public void Apply(string content, int lineNumber)
        {
            if (content.Trim().Length == 0)
            {
                return;
            }

            var colon = content.IndexOf(':', StringComparison.Ordinal);
            if (colon < 0)
            {
                throw Error(lineNumber, $"header line is not 'key: value' (found '//{content}'); header keys are: {HeaderKeys}");
            }

            var key = content[..colon].Trim();
            var value = content[(colon + 1)..].Trim();
            if (key != "lib" && _seenOnLine.TryGetValue(key, out var firstLine))
            {
                throw Error(lineNumber, $"'{key}' is given twice (first on line {firstLine})");
            }

            _seenOnLine[key] = lineNumber;
            switch (key)
            {
                case "description":
                    _description = value;
                    break;
                case "compile":
                    _userArguments = value;
                    break;
                case "lib":
                    AddLibrary(value, lineNumber);
                    break;
                case "compiler":
                    _compiler = RequireId(key, value, lineNumber);
                    break;
                case "lang":
                    _lang = RequireId(key, value, lineNumber);
                    break;
                case "expect":
                    _expect = value switch
                    {
                        "success" => WorkloadExpectation.Success,
                        "compile-error" => WorkloadExpectation.CompileError,
                        _ => throw Error(lineNumber, $"expect must be 'success' or 'compile-error', not '{value}'"),
                    };
                    break;
                case "execute":
                    _execute = value switch
                    {
                        "true" => true,
                        "false" => false,
                        _ => throw Error(lineNumber, $"execute must be 'true' or 'false', not '{value}'"),
                    };
                    break;
                case "weight":
                    if (!double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out _weight)
                        || !double.IsFinite(_weight) || _weight <= 0)
                    {
                        throw Error(lineNumber, $"weight must be a positive number, not '{value}'");
                    }

                    break;
                case "baseline_min_ms":
                    _baselineMin = RequireMilliseconds(key, value, lineNumber);
                    _baselineLine = lineNumber;
                    break;
                case "baseline_max_ms":
                    _baselineMax = RequireMilliseconds(key, value, lineNumber);
                    _baselineLine = lineNumber;
                    break;
                default:
                    throw Error(lineNumber, $"unknown header key '{key}'; header keys are: {HeaderKeys}");
            }
        }

        public Workload Build(string name, string source)
        {
            if (_baselineMin.HasValue != _baselineMax.HasValue)
            {
                throw Error(_baselineLine, "baseline_min_ms and baseline_max_ms go together: give both or neither");
            }

            if (_baselineMin > _baselineMax)
            {
                throw Error(_baselineLine, $"baseline_min_ms ({_baselineMin}) is above baseline_max_ms ({_baselineMax})");
            }

            return new Workload
            {
                Name = name,
                FilePath = filePath,
                Source = source,
                Description = _description,
                UserArguments = _userArguments,
                Libraries = _libraries.ToArray(),
                Compiler = _compiler,
                Lang = _lang,
                Expect = _expect,
                Execute = _execute,
                Weight = _weight,
                BaselineMinMs = _baselineMin,
                BaselineMaxMs = _baselineMax,
            };
        }

        private void AddLibrary(string value, int lineNumber)
        {
            var library = LibraryRef.TryParse(value)
                ?? throw Error(lineNumber, $"lib must be '<id>/<version>' such as 'boost/187', not '{value}'");
            if (_libraries.Any(l => l.Id == library.Id))
            {
                throw Error(lineNumber, $"library '{library.Id}' is listed twice");
            }

            _libraries.Add(library);
        }

        private string RequireId(string key, string value, int lineNumber) =>
            Identifier.IsValid(value)
                ? value
                : throw Error(lineNumber, $"{key} must be an id such as 'g151' or 'c++', not '{value}'");

        private int RequireMilliseconds(string key, string value, int lineNumber) =>
            int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var ms)
                ? ms
                : throw Error(lineNumber, $"{key} must be a whole number of milliseconds, not '{value}'");

        private WorkloadFormatException Error(int lineNumber, string problem) =>
            new($"{filePath}:{lineNumber}: {problem}");
    }
}
