using System.Text.Json.Serialization;

namespace Daisee.Billing.Contract;

/// <summary>
/// One participant's entry (a storage participant has one per side): energies in Wh; a
/// producing side carries <c>selfConsumptionRate</c> and its <c>statement</c>, a consuming side
/// <c>coverageRate</c> and its <c>bill</c>. <c>side</c> (<c>charge</c> | <c>discharge</c>) only for storage.
/// </summary>
public sealed record SummaryParticipant(
    string Id,
    string Role,
    string Name,
    decimal MeasuredWh,
    decimal LocalWh,
    decimal GridWh,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Side = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] Fraction? SelfConsumptionRate = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] Fraction? CoverageRate = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] SummaryStatement? Statement = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] SummaryBill? Bill = null);
