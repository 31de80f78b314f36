using System.Collections.Immutable;
using System.Text.Json;

namespace Daisee.Billing.Worker.Validation;

/// <summary>
/// The JSON types of the known fields of <c>collective.json</c>, checked on the parsed document
/// before it is bound, so that every field of the wrong type is reported at once with its path
/// (<c>participants[1].staticKey</c>) instead of the binder stopping at the first. <c>null</c>
/// counts as absent; unknown fields are allowed.
/// </summary>
public static class CollectiveShape
{
    private static readonly Dictionary<string, string> Participant = new(StringComparer.Ordinal)
    {
        ["prm"] = "string", ["name"] = "string", ["role"] = "string", ["kind"] = "string", ["joined"] = "string", ["left"] = "string",
        ["staticKey"] = "number", ["priorityGroup"] = "integer", ["surplusPriceEurPerKwh"] = "number", ["supplierPriceEurPerKwh"] = "number",
        ["subscribedKva"] = "number", ["tariffOption"] = "string", ["turpeFta"] = "string",
    };

    private static readonly Dictionary<string, string> PriceSet = new(StringComparer.Ordinal)
    {
        ["from"] = "string", ["classes"] = "object of numbers", ["offPeak"] = "array of strings", ["monthlyFeeEur"] = "number",
    };

    private static readonly Dictionary<string, string> Top = new(StringComparer.Ordinal)
    {
        ["name"] = "string", ["operationId"] = "string", ["timeZone"] = "string", ["stepMinutes"] = "integer", ["currency"] = "string",
        ["publishNames"] = "boolean", ["participants"] = "array", ["allocation"] = "object", ["localPrices"] = "array",
        ["regulated"] = "object", ["policies"] = "object",
    };

    private static readonly Dictionary<string, Dictionary<string, string>> Objects = new(StringComparer.Ordinal)
    {
        ["allocation"] = new(StringComparer.Ordinal) { ["method"] = "string", ["keysFile"] = "string", ["within"] = "string" },
        ["regulated"] = new(StringComparer.Ordinal) { ["turpeOption"] = "string", ["accise"] = "boolean", ["cta"] = "boolean", ["vat"] = "boolean", ["acciseAccZeroRate"] = "boolean" },
        ["policies"] = new(StringComparer.Ordinal) { ["gaps"] = "string", ["reconciliationToleranceWh"] = "integer" },
    };

    /// <summary>Every type problem as (JSON path, message); empty when the shape is right.</summary>
    public static ImmutableArray<(string Path, string Message)> Check(JsonElement root)
    {
        var problems = ImmutableArray.CreateBuilder<(string, string)>();
        if (root.ValueKind != JsonValueKind.Object)
        {
            problems.Add(("$", "collective.json must hold a JSON object."));
            return problems.ToImmutable();
        }

        CheckObject(root, string.Empty, Top, problems);
        foreach (var (name, fields) in Objects)
        {
            if (Present(root, name) is { ValueKind: JsonValueKind.Object } o)
            {
                CheckObject(o, name + ".", fields, problems);
            }
        }

        CheckItems(root, "participants", Participant, problems);
        CheckItems(root, "localPrices", PriceSet, problems);
        return problems.ToImmutable();
    }

    private static void CheckItems(JsonElement root, string name, Dictionary<string, string> fields, ImmutableArray<(string, string)>.Builder problems)
    {
        if (Present(root, name) is not { ValueKind: JsonValueKind.Array } items)
        {
            return;
        }

        var i = 0;
        foreach (var item in items.EnumerateArray())
        {
            var path = $"{name}[{i++}]";
            if (item.ValueKind == JsonValueKind.Object)
            {
                CheckObject(item, path + ".", fields, problems);
            }
            else if (item.ValueKind != JsonValueKind.Null)
            {
                problems.Add((path, $"{path} must be an object, found {Kind(item)}."));
            }
        }
    }

    private static void CheckObject(JsonElement o, string prefix, Dictionary<string, string> fields, ImmutableArray<(string, string)>.Builder problems)
    {
        foreach (var property in o.EnumerateObject())
        {
            if (fields.TryGetValue(property.Name, out var expected) && property.Value.ValueKind != JsonValueKind.Null && !Is(property.Value, expected))
            {
                var path = prefix + property.Name;
                problems.Add((path, $"must be {Article(expected)}, found {Kind(property.Value)} {Shorten(property.Value.GetRawText())}."));
            }
        }
    }

    private static bool Is(JsonElement value, string expected) => expected switch
    {
        "string" => value.ValueKind == JsonValueKind.String,
        "number" => value.ValueKind == JsonValueKind.Number && value.TryGetDecimal(out _),
        "integer" => value.ValueKind == JsonValueKind.Number && value.TryGetInt64(out _),
        "boolean" => value.ValueKind is JsonValueKind.True or JsonValueKind.False,
        "array" => value.ValueKind == JsonValueKind.Array,
        "object" => value.ValueKind == JsonValueKind.Object,
        "array of strings" => value.ValueKind == JsonValueKind.Array && value.EnumerateArray().All(e => e.ValueKind == JsonValueKind.String),
        _ => value.ValueKind == JsonValueKind.Object && value.EnumerateObject().All(p => p.Value.ValueKind == JsonValueKind.Number && p.Value.TryGetDecimal(out _)),
    };

    private static JsonElement? Present(JsonElement o, string name) => o.TryGetProperty(name, out var v) ? v : null;

    private static string Kind(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.True or JsonValueKind.False => "a boolean",
        JsonValueKind.Number => "a number",
        JsonValueKind.String => "a string",
        JsonValueKind.Array => "an array",
        _ => "an object",
    };

    private static string Article(string kind) => kind.StartsWith("array", StringComparison.Ordinal) || kind.StartsWith("object", StringComparison.Ordinal) || kind == "integer" ? "an " + kind : "a " + kind;

    private static string Shorten(string raw) => raw.Length <= 40 ? raw : raw[..40] + "…";
}
