namespace Daisee.Billing.Worker.Domain;

/// <summary>Which regulated components the local-energy bill carries, as declared in <c>collective.json</c>.</summary>
public sealed record RegulatedOptions(string TurpeOption, bool Accise, bool Cta, bool Vat)
{
    public static readonly RegulatedOptions Default = new("none", true, false, true);

    /// <summary>Apply the contested 0 €/MWh excise rate to self-consumed ACC energy (default: off, normal rate).</summary>
    public bool AcciseAccZeroRate { get; init; }
}
