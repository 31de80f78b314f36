using System.Globalization;
using System.IO.Compression;
using System.Text;
using NodaTime;

namespace Daisee.Billing.Worker.Tests.Support;

/// <summary>
/// Builds small datasets on disk in the grid operator's layout-A export format, from a
/// deterministic formula, so contract tests do not depend on the committed samples.
/// </summary>
public sealed class TestDataset : IDisposable
{
    public const string Producer = "30000000000001";
    public const string ConsumerA = "30000000000011";
    public const string ConsumerB = "30000000000012";

    private static readonly DateTimeZone Paris = DateTimeZoneProviders.Tzdb["Europe/Paris"];

    public TestDataset()
    {
        Folder = Directory.CreateTempSubdirectory("daisee-test-ds-").FullName;
        Directory.CreateDirectory(Path.Combine(Folder, "curves"));
    }

    public string Folder { get; }

    public static TestDataset Standard(YearMonth month)
    {
        var dataset = new TestDataset();
        dataset.WriteCollective(CollectiveJson);
        dataset.WriteCurve(Producer, "Production", month, i => (i * 37) % 5000);
        dataset.WriteCurve(ConsumerA, "Consommation", month, i => 1000 + ((i * 13) % 700));
        dataset.WriteCurve(ConsumerB, "Consommation", month, i => 500 + ((i * 7) % 300));
        return dataset;
    }

    public const string CollectiveJson = """
        {
          "name": "Test collective",
          "operationId": "ACC00000099",
          "timeZone": "Europe/Paris",
          "stepMinutes": 30,
          "participants": [
            { "prm": "30000000000001", "name": "Roof", "role": "producer", "surplusPriceEurPerKwh": 0.07 },
            { "prm": "30000000000011", "name": "Office A", "role": "consumer" },
            { "prm": "30000000000012", "name": "Home B", "role": "consumer", "joined": "2026-03-10" }
          ],
          "allocation": { "method": "prorata" },
          "localPrices": [ { "from": "2026-01-01", "classes": { "HP": 0.145, "HC": 0.11 }, "offPeak": ["22:00-06:00"] } ]
        }
        """;

    public void WriteCollective(string json) => File.WriteAllText(Path.Combine(Folder, "collective.json"), json);

    public void Delete(string relativePath) => File.Delete(Path.Combine(Folder, relativePath));

    /// <summary>Writes a month of 30-minute average powers (W), stamped at the END of each interval with its Paris offset.</summary>
    public void WriteCurve(string prm, string metier, YearMonth month, Func<int, int> wattsAt)
    {
        var text = new StringBuilder();
        text.Append("Identifiant PRM;Type de donnees;Date de debut;Date de fin;Grandeur physique;Grandeur metier;Etape metier;Unite;Pas en minutes\r\n");
        text.Append(CultureInfo.InvariantCulture, $"{prm};Courbe de charge;01/{month.Month:00}/{month.Year};01/{month.PlusMonths(1).Month:00}/{month.PlusMonths(1).Year};Energie active;{metier};Comptage Brut;W;30\r\n");
        text.Append("Horodate;Valeur\r\n");
        var start = Paris.AtStartOfDay(month.OnDayOfMonth(1)).ToInstant();
        var end = Paris.AtStartOfDay(month.PlusMonths(1).OnDayOfMonth(1)).ToInstant();
        var i = 0;
        for (var t = start + Duration.FromMinutes(30); t <= end; t += Duration.FromMinutes(30))
        {
            i++;
            var stamp = NodaTime.Text.OffsetDateTimePattern.ExtendedIso.Format(t.InZone(Paris).ToOffsetDateTime());
            text.Append(CultureInfo.InvariantCulture, $"{stamp};{wattsAt(i)}\r\n");
        }

        File.WriteAllText(Path.Combine(Folder, "curves", $"{prm}.csv"), text.ToString(), new UTF8Encoding(true));
    }

    /// <summary>Zips the dataset folder (sorted entries) into <paramref name="zipPath"/>.</summary>
    public void ZipTo(string zipPath)
    {
        using var zip = ZipFile.Open(zipPath, ZipArchiveMode.Create);
        foreach (var file in Directory.EnumerateFiles(Folder, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            zip.CreateEntryFromFile(file, Path.GetRelativePath(Folder, file).Replace('\\', '/'));
        }
    }

    public void Dispose() => Directory.Delete(Folder, recursive: true);
}
