using System.Globalization;
using System.Text;
using NodaTime;

namespace Daisee.Billing.Worker.Tests.Hostile;

/// <summary>The smallest valid dataset the hostile cases distort: one producer, one consumer, June 2026, generic curves.</summary>
public static class HostileData
{
    public const string Producer = "30000000000001";
    public const string Consumer = "30000000000011";

    public static string Collective(string zone = "Europe/Paris", int stepMinutes = 30, string consumerExtra = "", string policies = "") => $$"""
        {
          "name": "Hostile",
          "operationId": "ACC00000099",
          "timeZone": "{{zone}}",
          "stepMinutes": {{stepMinutes}},
          "participants": [
            { "prm": "{{Producer}}", "name": "Roof", "role": "producer", "surplusPriceEurPerKwh": 0.07 },
            { "prm": "{{Consumer}}", "name": "Home", "role": "consumer"{{consumerExtra}} }
          ],
          "allocation": { "method": "prorata" },
          "localPrices": [ { "from": "2026-01-01", "classes": { "base": 0.12 } } ]{{policies}}
        }
        """;

    /// <summary>A generic curve (prm;start;end;wh) over a whole month, one row per step.</summary>
    public static string Curve(string prm, YearMonth month, int stepMinutes = 30, string zone = "Europe/Paris", Func<int, string>? whAt = null)
    {
        var tz = DateTimeZoneProviders.Tzdb[zone];
        var text = new StringBuilder("prm;start;end;wh\n");
        var start = tz.AtStartOfDay(month.OnDayOfMonth(1)).ToInstant();
        var end = tz.AtStartOfDay(month.PlusMonths(1).OnDayOfMonth(1)).ToInstant();
        var i = 0;
        for (var t = start; t < end; t += Duration.FromMinutes(stepMinutes), i++)
        {
            text.Append(CultureInfo.InvariantCulture, $"{prm};{t};{t + Duration.FromMinutes(stepMinutes)};{whAt?.Invoke(i) ?? ((i * 7) % 900).ToString(CultureInfo.InvariantCulture)}\n");
        }

        return text.ToString();
    }

    public static string June(string prm) => Curve(prm, new YearMonth(2026, 6));

    /// <summary>A valid June zip with the given extra entries appended (or the consumer curve replaced).</summary>
    public static RawZip Zip(RawZipEntry? consumerCurve = null)
    {
        var zip = new RawZip().Add("collective.json", Collective()).Add("curves/producer.csv", June(Producer));
        return zip.Add(consumerCurve ?? new RawZipEntry("curves/consumer.csv", Encoding.UTF8.GetBytes(June(Consumer))));
    }

    /// <summary>Writes the valid June dataset into a folder.</summary>
    public static void Folder(string folder, string? collective = null)
    {
        File.WriteAllText(Path.Combine(folder, "collective.json"), collective ?? Collective());
        File.WriteAllText(Path.Combine(folder, "curves", "producer.csv"), June(Producer));
        File.WriteAllText(Path.Combine(folder, "curves", "consumer.csv"), June(Consumer));
    }

    /// <summary>A layout-A export (end stamps with offset, average power in W) of the given rows.</summary>
    public static string LayoutA(string prm, string metier, IEnumerable<string> rows) =>
        "Identifiant PRM;Type de donnees;Date de debut;Date de fin;Grandeur physique;Grandeur metier;Etape metier;Unite;Pas en minutes\n"
        + $"{prm};Courbe de charge;01/06/2026;01/07/2026;Energie active;{metier};Comptage Brut;W;30\n"
        + "Horodate;Valeur\n" + string.Concat(rows.Select(r => r + "\n"));
}
