using System.Collections.Immutable;
using System.Text.Json.Serialization;

namespace Daisee.Billing.Contract;

/// <summary>
/// The key applied: <c>method</c>, <c>within</c> for a cascade, the keys file and how many steps
/// it covered, what the bills are based on (<c>billedOn</c>), the per-step keys file written, and
/// each consumer's monthly share of the local energy. Required parameters first; the file's order by <see cref="JsonPropertyOrderAttribute"/>.
/// </summary>
public sealed record SummaryAllocation(
    [property: JsonPropertyOrder(0)] string Method,
    [property: JsonPropertyOrder(4)] string BilledOn,
    [property: JsonPropertyOrder(5)] string KeysOut,
    [property: JsonPropertyOrder(6)] ImmutableArray<MonthlyShare> MonthlyShares,
    [property: JsonPropertyOrder(1), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Within = null,
    [property: JsonPropertyOrder(2), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? KeysFile = null,
    [property: JsonPropertyOrder(3), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] int? StepsWithKeys = null);
