using System.Globalization;
using System.Text;
using Daisee.Billing.SampleGenerator.Simulation;
using Daisee.Billing.SampleGenerator.Sites;
using NodaTime;
using NodaTime.Text;

namespace Daisee.Billing.SampleGenerator.Output;

/// <summary>
/// The Enedis consumer-portal export "Layout A": a two-line preamble, the body header
/// <c>Horodate;Valeur</c>, then one row per step stamped at the END of the interval in Paris
/// local time with its UTC offset, value = average power in W. Written as UTF-8 with BOM and
/// CRLF line endings, as the portal does. Line 1 is the preamble header, data starts on line 4.
/// </summary>
public static class LayoutACurveFile
{
    public const int FirstDataLine = 4;

    private const string Preamble =
        "Identifiant PRM;Type de donnees;Date de debut;Date de fin;Grandeur physique;Grandeur metier;Etape metier;Unite;Pas en minutes";

    private static readonly OffsetDateTimePattern StampPattern =
        OffsetDateTimePattern.CreateWithInvariantCulture("uuuu'-'MM'-'dd'T'HH':'mm':'sso<m>");

    private static readonly LocalDatePattern HeaderDatePattern =
        LocalDatePattern.CreateWithInvariantCulture("dd'/'MM'/'uuuu");

    public static List<string> Lines(ParticipantSpec participant, MonthWindow window, IEnumerable<CurvePoint> points)
    {
        ArgumentNullException.ThrowIfNull(participant);
        ArgumentNullException.ThrowIfNull(window);
        ArgumentNullException.ThrowIfNull(points);
        string metier = participant.Role == ParticipantRole.Producer ? "Production" : "Consommation";
        string from = HeaderDatePattern.Format(window.Month.OnDayOfMonth(1));
        string to = HeaderDatePattern.Format(window.Month.PlusMonths(1).OnDayOfMonth(1));
        var lines = new List<string>
        {
            Preamble,
            string.Join(';', participant.Prm, "Courbe de charge", from, to, "Energie active", metier, "Comptage Brut", "W",
                CollectiveSpec.StepMinutes.ToString(CultureInfo.InvariantCulture)),
            "Horodate;Valeur",
        };
        lines.AddRange(points.Select(p => Row(Stamp(p.End, window.Zone), p.Watts.ToString(CultureInfo.InvariantCulture))));
        return lines;
    }

    public static string Stamp(Instant end, DateTimeZone zone) =>
        StampPattern.Format(end.InZone(zone).ToOffsetDateTime());

    public static string Row(string stamp, string value) => stamp + ";" + value;

    /// <summary>Writes UTF-8 with BOM, every line (the last one included) ended by CRLF.</summary>
    public static void Write(string path, IEnumerable<string> lines)
    {
        ArgumentNullException.ThrowIfNull(lines);
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        var text = new StringBuilder();
        foreach (string line in lines)
        {
            text.Append(line).Append("\r\n");
        }

        File.WriteAllText(path, text.ToString(), new UTF8Encoding(encoderShouldEmitUTF8Identifier: true));
    }
}
