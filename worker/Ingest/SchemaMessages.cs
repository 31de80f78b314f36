using System.Globalization;
using System.Text.Json;
using Json.Pointer;

namespace Daisee.Billing.Worker.Ingest;

/// <summary>
/// Plain messages for the schema keywords <c>collective.json</c> uses, quoting the value found and
/// what the schema asks (read from the schema itself, so that the messages follow it).
/// </summary>
public static class SchemaMessages
{
    private const int Quoted = 40;

    public static IEnumerable<SchemaProblem> Describe(string keyword, JsonPointer location, JsonElement? instance, JsonElement? rule)
    {
        ArgumentNullException.ThrowIfNull(keyword);
        var path = PathOf(location);
        var nullInObject = instance is { ValueKind: JsonValueKind.Null } && location.SegmentCount > 0;
        var found = instance is { } value ? $"found {Kind(value)} {Shorten(value.GetRawText())}" : "found nothing";
        if (keyword == "required")
        {
            foreach (var missing in Strings(rule).Where(name => instance is not { ValueKind: JsonValueKind.Object } o || !o.TryGetProperty(name, out _)))
            {
                yield return new SchemaProblem(Join(path, missing), "is required.");
            }

            yield break;
        }

        var message = keyword switch
        {
            "type" => $"must be {Article(rule?.GetString() ?? "value")}, {found}.",
            "enum" => $"must be one of {string.Join(", ", Values(rule))}; {found}.",
            "const" => $"must be {rule?.GetRawText()}; {found}.",
            "pattern" => $"must match {rule?.GetString()}; {found}.",
            "minLength" => rule?.GetRawText() == "1" ? $"must not be empty; {found}." : $"must hold at least {rule?.GetRawText()} characters; {found}.",
            "minItems" => $"must hold at least {rule?.GetRawText()} item(s); {found}.",
            "minimum" => $"must be at least {rule?.GetRawText()}; {found}.",
            "maximum" => $"must be at most {rule?.GetRawText()}; {found}.",
            "exclusiveMinimum" => $"must be more than {rule?.GetRawText()}; {found}.",
            "exclusiveMaximum" => $"must be less than {rule?.GetRawText()}; {found}.",
            "oneOf" => $"must match exactly one of {Alternatives(rule)}; {found}.",
            _ => $"does not satisfy the schema's '{keyword}'; {found}.",
        };
        yield return new SchemaProblem(path, message, nullInObject);
    }

    /// <summary><c>/participants/1/staticKey</c> → <c>participants[1].staticKey</c>; the document itself is <c>$</c>.</summary>
    public static string PathOf(JsonPointer location)
    {
        var path = new System.Text.StringBuilder();
        for (var i = 0; i < location.SegmentCount; i++)
        {
            var segment = location[i].ToString();
            if (segment.Length > 0 && segment.All(char.IsAsciiDigit))
            {
                path.Append('[').Append(segment).Append(']');
            }
            else
            {
                path.Append(path.Length == 0 ? string.Empty : ".").Append(segment);
            }
        }

        return path.Length == 0 ? "$" : path.ToString();
    }

    private static string Join(string path, string name) => path == "$" ? name : path + "." + name;

    private static IEnumerable<string> Strings(JsonElement? array) =>
        array is { ValueKind: JsonValueKind.Array } a ? a.EnumerateArray().Where(e => e.ValueKind == JsonValueKind.String).Select(e => e.GetString()!) : [];

    private static IEnumerable<string> Values(JsonElement? array) =>
        array is { ValueKind: JsonValueKind.Array } a ? a.EnumerateArray().Select(e => e.ValueKind == JsonValueKind.String ? e.GetString()! : e.GetRawText()) : [];

    /// <summary>The alternatives of a <c>oneOf</c> by their required names: <c>{base}, {HP, HC} or {HPH, HCH, HPB, HCB}</c>.</summary>
    private static string Alternatives(JsonElement? oneOf)
    {
        var sets = oneOf is { ValueKind: JsonValueKind.Array } a
            ? a.EnumerateArray().Select(b => "{" + string.Join(", ", Strings(b.TryGetProperty("required", out var r) ? r : null)) + "}").ToList()
            : [];
        return sets.Count <= 1 ? string.Concat(sets) : string.Join(", ", sets[..^1]) + " or " + sets[^1];
    }

    private static string Kind(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.True or JsonValueKind.False => "a boolean",
        JsonValueKind.Number => "a number",
        JsonValueKind.String => "a string",
        JsonValueKind.Array => "an array",
        JsonValueKind.Null => "null",
        _ => "an object",
    };

    private static string Article(string kind) => kind is "integer" or "object" or "array" ? "an " + kind : "a " + kind;

    private static string Shorten(string raw) =>
        raw.Length <= Quoted ? raw : string.Create(CultureInfo.InvariantCulture, $"{raw[..Quoted]}…");
}
