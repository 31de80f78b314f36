using System.Collections.Immutable;
using System.Text.Json;

namespace Daisee.Billing.Requester.Results;

/// <summary>The part of a result's <c>summary.json</c> the requester shows: status, totals, and each member's line.</summary>
public sealed record ResultSummary(string Status, string Period, string? Error, ImmutableArray<MemberLine> Members, ImmutableSortedDictionary<string, decimal> Totals)
{
    public static ResultSummary Read(string resultFolder)
    {
        using var stream = File.OpenRead(Path.Combine(resultFolder, "summary.json"));
        using var json = JsonDocument.Parse(stream);
        var root = json.RootElement;
        var members = root.TryGetProperty("participants", out var ps)
            ? [.. ps.EnumerateArray().Select(MemberLine.From)]
            : ImmutableArray<MemberLine>.Empty;
        var totals = root.TryGetProperty("totals", out var t)
            ? t.EnumerateObject().ToImmutableSortedDictionary(p => p.Name, p => p.Value.GetDecimal(), StringComparer.Ordinal)
            : ImmutableSortedDictionary<string, decimal>.Empty;
        return new ResultSummary(
            root.GetProperty("status").GetString() ?? "unknown",
            root.GetProperty("period").GetString() ?? string.Empty,
            root.TryGetProperty("error", out var e) ? e.GetString() : null,
            members,
            totals);
    }
}
