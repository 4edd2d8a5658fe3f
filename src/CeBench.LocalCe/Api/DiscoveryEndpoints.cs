using System.Text.Json;
using System.Text.Json.Nodes;
using CeBench.Core.Wire;
using CeBench.LocalCe.Catalog;
using Microsoft.AspNetCore.Http;

namespace CeBench.LocalCe.Api;

/// <summary>CE's discovery routes: compilers (with <c>?fields=</c>), libraries, languages, health.</summary>
public static class DiscoveryEndpoints
{
    private static readonly string[] CppExtensions = [".cpp", ".cxx", ".h", ".hpp"];
    private static readonly string[] DefaultFields = ["id", "name", "lang", "compilerType", "semver", "instructionSet"];

    public static Task CompilersAsync(HttpContext context, LocalCeCatalog catalog, string? lang)
    {
        var compilers = catalog.Compilers.Where(c => lang is null || c.Lang == lang).ToArray();
        if (!CompileEndpoint.AcceptsJson(context.Request))
        {
            var table = "Compiler Name | Description\n" + string.Concat(compilers.Select(c => $"{c.Id} | {c.Name}\n"));
            return CompileEndpoint.WriteAsync(context, StatusCodes.Status200OK, "text/plain", table);
        }

        var requested = context.Request.Query["fields"].ToString();
        var fields = requested.Length == 0 ? ["id", "name", "lang"]
            : requested == "all" ? DefaultFields
            : requested.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var array = new JsonArray(compilers.Select(c => (JsonNode)Project(c, fields)).ToArray());
        return CompileEndpoint.WriteAsync(context, StatusCodes.Status200OK, "application/json", array.ToJsonString());
    }

    public static Task LibrariesAsync(HttpContext context, LocalCeCatalog catalog, string lang)
    {
        var libraries = catalog.Libraries.Where(l => l.Lang == lang)
            .Select(l => new LibraryInfo(l.Id, l.Name, l.Versions.Select(v => new LibraryVersionInfo(v.Id, v.Version)).ToArray()));
        return CompileEndpoint.WriteAsync(context, StatusCodes.Status200OK, "application/json", JsonSerializer.Serialize(libraries, CeJson.Options));
    }

    public static Task LanguagesAsync(HttpContext context, LocalCeCatalog catalog)
    {
        var languages = catalog.Compilers.Select(c => c.Lang).Distinct(StringComparer.Ordinal)
            .Select(id => new { id, name = id == "c++" ? "C++" : id, extensions = id == "c++" ? CppExtensions : [] });
        return CompileEndpoint.WriteAsync(context, StatusCodes.Status200OK, "application/json", JsonSerializer.Serialize(languages, CeJson.Options));
    }

    private static JsonObject Project(CompilerConfig compiler, IEnumerable<string> fields)
    {
        var all = new Dictionary<string, JsonNode?>(StringComparer.Ordinal)
        {
            ["id"] = compiler.Id,
            ["name"] = compiler.Name,
            ["lang"] = compiler.Lang,
            ["compilerType"] = "",
            ["semver"] = compiler.Name.Split(' ').FirstOrDefault(p => p.Length > 0 && char.IsDigit(p[0])) ?? "",
            ["instructionSet"] = "amd64",
        };
        var result = new JsonObject();
        foreach (var field in fields)
        {
            if (all.TryGetValue(field, out var value))
            {
                result[field] = value?.DeepClone();
            }
        }

        return result;
    }
}
