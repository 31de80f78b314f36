using System.Collections.Immutable;
using Daisee.Billing.Contract;

namespace Daisee.Billing.Requester.Results;

/// <summary>The part of a result's <c>summary.json</c> the requester shows: status, totals, and each member's line.</summary>
public sealed record ResultSummary(string Status, string Period, string? Error, ImmutableArray<MemberLine> Members, EnergyTotals? Totals)
{
    /// <summary>Reads <c>summary.json</c> through the output contract; throws <see cref="System.Text.Json.JsonException"/> when it is not one.</summary>
    public static ResultSummary Read(string resultFolder)
    {
        var document = ContractJson.Read(File.ReadAllBytes(Path.Combine(resultFolder, SummaryDocument.FileName)), ContractJsonContext.Default.SummaryDocument);
        return new ResultSummary(
            document.Status,
            document.Period,
            document.Error,
            [.. (document.Participants ?? []).Select(MemberLine.From)],
            document.Totals);
    }
}
