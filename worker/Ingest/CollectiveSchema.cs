using System.Collections.Immutable;
using System.Text.Json;
using Json.Pointer;
using Json.Schema;

namespace Daisee.Billing.Worker.Ingest;

/// <summary>
/// The shape of <c>collective.json</c>, checked against its published JSON Schema
/// (<c>docs/collective.schema.json</c>, embedded) with JsonSchema.Net, so that every field of
/// the wrong type or out of its range is reported at once with its path
/// (<c>participants[1].staticKey</c>). <c>null</c> in an object counts as absent; fields the
/// schema does not list are allowed. The rules a schema cannot say (IANA zones, unique PRMs,
/// calendar dates, cross-field rules) are <see cref="CollectiveFileValidator"/>'s.
/// </summary>
public static class CollectiveSchema
{
    public const string ResourceName = "Daisee.Billing.Worker.Validation.collective.schema.json";

    private static readonly Lazy<(JsonSchema Schema, JsonDocument Text)> Loaded = new(Load);

    /// <summary>The verdict alone: no annotations (no keyword of the schema depends on them, and no message quotes them).</summary>
    private static readonly EvaluationOptions FlagOnly = VerdictOptions();

    /// <summary>The schema document as published (messages quote what it asks).</summary>
    public static JsonElement Text => Loaded.Value.Text.RootElement;

    /// <summary>Every problem with its path, in evaluation order; empty when the shape is right.</summary>
    public static ImmutableArray<SchemaProblem> Check(JsonElement root)
    {
        // A valid file (the common case) needs the verdict only; the detailed list is built when it fails.
        if (Loaded.Value.Schema.Evaluate(root, FlagOnly).IsValid)
        {
            return [];
        }

        var results = Loaded.Value.Schema.Evaluate(root, new EvaluationOptions { OutputFormat = OutputFormat.List });
        if (results.IsValid)
        {
            return [];
        }

        var units = results.Details ?? [];
        var problems = new List<SchemaProblem>();
        foreach (var unit in units.Where(u => !u.IsValid && !InsideAlternative(u.EvaluationPath.ToString())))
        {
            var instance = unit.InstanceLocation.Evaluate(root);
            var rules = SubschemaAt(unit.InstanceLocation);
            foreach (var keyword in unit.Errors?.Keys.AsEnumerable() ?? [])
            {
                problems.AddRange(SchemaMessages.Describe(keyword, unit.InstanceLocation, instance, Rule(rules, keyword)));
            }

            if (Rule(rules, "oneOf") is { } oneOf && !MatchesExactlyOne(units, unit.EvaluationPath.ToString()))
            {
                problems.AddRange(SchemaMessages.Describe("oneOf", unit.InstanceLocation, instance, oneOf));
            }
        }

        return [.. problems.Where(p => !p.NullInObject).DistinctBy(p => (p.Path, p.Message))];
    }

    /// <summary>Errors below a <c>oneOf</c>/<c>anyOf</c> branch explain why that branch did not match: the alternative itself is reported.</summary>
    private static bool InsideAlternative(string evaluationPath) =>
        evaluationPath.Contains("/oneOf/", StringComparison.Ordinal) || evaluationPath.Contains("/anyOf/", StringComparison.Ordinal);

    private static bool MatchesExactlyOne(IReadOnlyList<EvaluationResults> units, string evaluationPath)
    {
        var prefix = evaluationPath + "/oneOf/";
        return units.Count(u => u.IsValid && u.EvaluationPath.ToString() is var p && p.StartsWith(prefix, StringComparison.Ordinal) && !p[prefix.Length..].Contains('/')) == 1;
    }

    /// <summary>
    /// The subschema that applies at an instance location, walked in the published schema:
    /// <c>properties</c>, then <c>items</c> or <c>additionalProperties</c>, local <c>$ref</c>s followed.
    /// </summary>
    private static JsonElement? SubschemaAt(JsonPointer location)
    {
        JsonElement? node = Deref(Text);
        for (var i = 0; i < location.SegmentCount && node is { } current; i++)
        {
            var name = location[i].ToString();
            node = current.TryGetProperty("properties", out var properties) && properties.TryGetProperty(name, out var property) ? Deref(property)
                : current.TryGetProperty("items", out var items) ? Deref(items)
                : current.TryGetProperty("additionalProperties", out var additional) && additional.ValueKind == JsonValueKind.Object ? Deref(additional)
                : null;
        }

        return node;
    }

    private static JsonElement? Rule(JsonElement? subschema, string keyword) =>
        subschema is { ValueKind: JsonValueKind.Object } s && s.TryGetProperty(keyword, out var value) ? value : null;

    private static JsonElement Deref(JsonElement node)
    {
        for (var hops = 0; hops < 8 && node.ValueKind == JsonValueKind.Object && node.TryGetProperty("$ref", out var reference)
            && reference.GetString() is { } target && target.StartsWith("#/", StringComparison.Ordinal); hops++)
        {
            var resolved = Text;
            foreach (var segment in target[2..].Split('/'))
            {
                if (!resolved.TryGetProperty(segment.Replace("~1", "/", StringComparison.Ordinal).Replace("~0", "~", StringComparison.Ordinal), out resolved))
                {
                    return node;
                }
            }

            node = resolved;
        }

        return node;
    }

    private static EvaluationOptions VerdictOptions()
    {
        var options = new EvaluationOptions { OutputFormat = OutputFormat.Flag };
        options.IgnoreAllAnnotations();
        return options;
    }

    private static (JsonSchema, JsonDocument) Load()
    {
        using var stream = typeof(CollectiveSchema).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The embedded resource {ResourceName} is missing from the worker.");
        var text = JsonDocument.Parse(stream);
        var schema = JsonSchema.Build(text.RootElement, new BuildOptions { SchemaRegistry = new SchemaRegistry() });
        return (schema, text);
    }
}
