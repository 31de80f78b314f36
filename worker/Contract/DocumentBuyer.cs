using System.Text.Json.Serialization;

namespace Daisee.Billing.Contract;

/// <summary>An invoice's buyer: PRM, name, billing address, customer kind (lower case) and SIRET when it has one.</summary>
public sealed record DocumentBuyer(
    string Prm,
    string Name,
    string Address,
    string CustomerKind,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Siret = null);
