using Daisee.Billing.Worker.Domain;

namespace Daisee.Billing.Worker.Ingest;

/// <summary>Where the columns of a layout-C export are (found by name), and how its flags read.</summary>
public sealed record LayoutCColumns(int Prm, int Metier, int Unit, int Stamp, int Value, int Nature, int Step, int Likelihood)
{
    public int MaxIndex => new[] { Prm, Metier, Unit, Stamp, Value, Nature, Step, Likelihood }.Max();

    public static LayoutCColumns Find(string[] header) => new(
        HeaderNames.IndexOf(header, "identifiant prm"),
        HeaderNames.IndexOf(header, "grandeur metier"),
        HeaderNames.IndexOf(header, "unit"),
        HeaderNames.IndexOf(header, "horodate"),
        HeaderNames.IndexOf(header, "valeur"),
        HeaderNames.IndexOf(header, "nature"),
        HeaderNames.IndexOf(header, "pas"),
        HeaderNames.IndexOf(header, "indice de vraisemblance"));

    /// <summary>Nature: R/B/M = measured, C/K = corrected, anything else (E, S, …) = estimated; a likelihood index other than 0 = estimated.</summary>
    public ReadingQuality QualityOf(string[] fields)
    {
        var nature = Nature >= 0 && Nature < fields.Length ? fields[Nature].Trim().ToUpperInvariant() : string.Empty;
        var likelihood = Likelihood >= 0 && Likelihood < fields.Length ? fields[Likelihood].Trim() : string.Empty;
        var quality = Flags.FromNature(nature);
        return quality == ReadingQuality.Measured && likelihood is not ("" or "0") ? ReadingQuality.Estimated : quality;
    }
}
