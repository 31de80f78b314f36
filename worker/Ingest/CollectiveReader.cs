using System.Collections.Immutable;
using System.Text.Json;
using Daisee.Billing.Worker.Domain;

namespace Daisee.Billing.Worker.Ingest;

/// <summary>Reads and validates <c>collective.json</c>; every problem becomes an <see cref="Issue"/> naming its JSON path.</summary>
public static class CollectiveReader
{
    public const string FileName = "collective.json";

    /// <summary>The largest collective.json read, in bytes; a collective of the largest size allowed needs a tenth of it.</summary>
    public const int MaxBytes = 8 * 1024 * 1024;

    public static (Collective? Collective, ImmutableArray<Issue> Issues) Read(Stream json, string source = FileName)
    {
        var (bytes, problem) = JsonBytes.Read(json, MaxBytes);
        if (problem is not null)
        {
            return (null, [Invalid(source, problem.Value.Line, "$", $"{source} line {problem.Value.Line}: {problem.Value.Message}")]);
        }

        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(bytes, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true, MaxDepth = JsonBytes.MaxDepth });
        }
        catch (JsonException e)
        {
            return (null, [Invalid(source, (int)(e.LineNumber ?? 0) + 1, e.Path, $"{source} is not valid JSON: {TextBound.Quote(e.Message)}")]);
        }

        using (document)
        {
            return Read(document, source);
        }
    }

    private static (Collective? Collective, ImmutableArray<Issue> Issues) Read(JsonDocument document, string source)
    {
        // The schema check and the binding + rules read the same document (read-only) on two cores;
        // both are awaited before anything is decided, so the issues never depend on thread timing.
        var shapeCheck = Task.Run(() => CollectiveSchema.Check(document.RootElement));
        CollectiveFile? file;
        try
        {
            file = document.Deserialize(CollectiveJsonContext.Default.CollectiveFile);
        }
        catch (JsonException e)
        {
            var shape = shapeCheck.GetAwaiter().GetResult();
            // A value of the wrong JSON type cannot be bound: the schema names every such field.
            return (null, shape.IsEmpty
                ? [Invalid(source, (int)(e.LineNumber ?? 0) + 1, e.Path, $"{source}: a field has the wrong type at {e.Path}: {TextBound.Quote(e.Message)}")]
                : [.. shape.Select(p => Invalid(source, 0, TextBound.Quote(p.Path), TextBound.Message($"{source}: {p.Path}: {p.Message}")))]);
        }

        var rules = file is null ? [] : new CollectiveFileValidator().Validate(file).Errors
            .Select(e => Invalid(source, 0, TextBound.Quote(e.PropertyName), TextBound.Message($"{source}: {e.PropertyName}: {e.ErrorMessage}"))).ToList();
        var problems = shapeCheck.GetAwaiter().GetResult();
        var issues = rules.Concat(problems.Where(p => rules.All(r => r.Field != p.Path)).Select(p => Invalid(source, 0, TextBound.Quote(p.Path), TextBound.Message($"{source}: {p.Path}: {p.Message}"))))
            .ToImmutableArray();
        if (file is null)
        {
            return (null, issues.IsEmpty ? [Invalid(source, 1, "$", $"{source} must hold a JSON object.")] : issues);
        }

        if (!issues.IsEmpty)
        {
            return (null, issues);
        }

        var collective = CollectiveMapping.ToDomain(file) with { RulesHash = RulesHash.Compute(document.RootElement) };
        return (collective, []);
    }

    private static Issue Invalid(string source, int line, string? path, string message) =>
        new(Severity.Error, IssueCodes.CollectiveInvalid, source, line, message) { Field = path };
}
