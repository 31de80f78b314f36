using System.Collections.Immutable;
using System.Text.Json.Serialization;

namespace Daisee.Billing.Contract;

/// <summary>
/// <c>summary.json</c>: period, time zone, step, participants with their energies (Wh) and bill,
/// energy totals, allocation, indicators, reconciliation and conformity counts. On a rejected run
/// the parts that could not be computed are absent, <c>status</c> is <c>rejected</c> and
/// <c>error</c> says why. <c>totals</c> and the first six numbers of <c>indicators</c> are the
/// same figures (one computation, written twice for the readers of either section).
/// Constructor parameters: the required ones first; <see cref="JsonPropertyOrderAttribute"/> gives the file's order.
/// </summary>
public sealed record SummaryDocument(
    [property: JsonPropertyOrder(0)] string Status,
    [property: JsonPropertyOrder(1)] string Period,
    [property: JsonPropertyOrder(8)] string EngineVersion,
    [property: JsonPropertyOrder(16)] SummaryConformity Conformity,
    [property: JsonPropertyOrder(2), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Collective = null,
    [property: JsonPropertyOrder(3), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? OperationId = null,
    [property: JsonPropertyOrder(4), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? TimeZone = null,
    [property: JsonPropertyOrder(5), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] int? StepMinutes = null,
    [property: JsonPropertyOrder(6), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? RulesHash = null,
    [property: JsonPropertyOrder(7), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] int? Steps = null,
    [property: JsonPropertyOrder(9), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? AllocationMethod = null,
    [property: JsonPropertyOrder(10), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] ImmutableArray<SummaryParticipant>? Participants = null,
    [property: JsonPropertyOrder(11), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] EnergyTotals? Totals = null,
    [property: JsonPropertyOrder(12), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] SummaryAllocation? Allocation = null,
    [property: JsonPropertyOrder(13), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] SummaryIndicators? Indicators = null,
    [property: JsonPropertyOrder(14), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] SummaryReconciliation? Reconciliation = null,
    [property: JsonPropertyOrder(15), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] ImmutableArray<SummaryCorrection>? Corrections = null,
    [property: JsonPropertyOrder(17), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Error = null)
{
    public const string FileName = "summary.json";

    public const string Billed = "billed";

    public const string Rejected = "rejected";
}
