using Daisee.Billing.Worker.Domain;

namespace Daisee.Billing.Worker.Ingest;

/// <summary>
/// The grid operator's point flags → <see cref="ReadingQuality"/>. Nature/Statut_Point:
/// R (réel), B (brut), M (mesuré) or empty = measured; C or K (corrigé) = corrected; any other
/// letter (E estimé, S substitué, P, H, D…) = estimated. IV (indice de vraisemblance): 0 or
/// empty = measured, anything else = estimated. [Unsure of the full official list: unknown
/// letters err on the side of "estimated", which is reported, never hidden.]
/// </summary>
public static class Flags
{
    public static ReadingQuality FromNature(string? nature) => (nature ?? string.Empty).Trim().ToUpperInvariant() switch
    {
        "" or "R" or "B" or "M" => ReadingQuality.Measured,
        "C" or "K" => ReadingQuality.Corrected,
        _ => ReadingQuality.Estimated,
    };

    public static ReadingQuality FromLikelihood(string? iv) => (iv ?? string.Empty).Trim() is "" or "0" ? ReadingQuality.Measured : ReadingQuality.Estimated;
}
