using System.Globalization;
using System.IO.Compression;
using System.Text;

namespace Daisee.Billing.Requester.Tests.Docker;

/// <summary>
/// A small collective (one roof, two consumers) with June 2026 curves in the grid operator's
/// portal export format, from a fixed formula: the container tests do not depend on samples/.
/// June in Paris is UTC+2 throughout, so every stamp carries +02:00.
/// </summary>
public sealed class JuneDataset : IDisposable
{
    public const string Month = "2026-06";

    public static readonly string[] Members = ["30000000000001", "30000000000011", "30000000000012"];

    private const string CollectiveJson = """
        {
          "name": "Container test collective",
          "operationId": "ACC00000098",
          "timeZone": "Europe/Paris",
          "stepMinutes": 30,
          "participants": [
            { "prm": "30000000000001", "name": "Roof", "role": "producer", "surplusPriceEurPerKwh": 0.07 },
            { "prm": "30000000000011", "name": "Office A", "role": "consumer" },
            { "prm": "30000000000012", "name": "Home B", "role": "consumer" }
          ],
          "allocation": { "method": "prorata" },
          "localPrices": [ { "from": "2026-01-01", "classes": { "HP": 0.145, "HC": 0.11 }, "offPeak": ["22:00-06:00"] } ]
        }
        """;

    public JuneDataset()
    {
        Folder = Directory.CreateTempSubdirectory("daisee-docker-ds-").FullName;
        Directory.CreateDirectory(Path.Combine(Folder, "curves"));
        File.WriteAllText(Path.Combine(Folder, "collective.json"), CollectiveJson);
        WriteCurve(Members[0], "Production", i => (i * 37) % 5000);
        WriteCurve(Members[1], "Consommation", i => 1000 + ((i * 13) % 700));
        WriteCurve(Members[2], "Consommation", i => 500 + ((i * 7) % 300));
    }

    public string Folder { get; }

    /// <summary>Writes a zip of the same curves without collective.json: the worker must reject it.</summary>
    public void ZipWithoutCollective(string zip)
    {
        using var archive = ZipFile.Open(zip, ZipArchiveMode.Create);
        foreach (var file in Directory.EnumerateFiles(Path.Combine(Folder, "curves")).Order(StringComparer.Ordinal))
        {
            archive.CreateEntryFromFile(file, "curves/" + Path.GetFileName(file));
        }
    }

    public void Dispose() => Directory.Delete(Folder, recursive: true);

    /// <summary>Average powers (W) over 30 minutes, stamped at the end of each interval.</summary>
    private void WriteCurve(string prm, string metier, Func<int, int> wattsAt)
    {
        var text = new StringBuilder();
        text.Append("Identifiant PRM;Type de donnees;Date de debut;Date de fin;Grandeur physique;Grandeur metier;Etape metier;Unite;Pas en minutes\r\n");
        text.Append(CultureInfo.InvariantCulture, $"{prm};Courbe de charge;01/06/2026;01/07/2026;Energie active;{metier};Comptage Brut;W;30\r\n");
        text.Append("Horodate;Valeur\r\n");
        var start = new DateTimeOffset(2026, 6, 1, 0, 0, 0, TimeSpan.FromHours(2));
        for (var i = 1; i <= 30 * 48; i++)
        {
            var stamp = start.AddMinutes(30 * i).ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);
            text.Append(CultureInfo.InvariantCulture, $"{stamp};{wattsAt(i)}\r\n");
        }

        File.WriteAllText(Path.Combine(Folder, "curves", $"{prm}.csv"), text.ToString(), new UTF8Encoding(true));
    }
}
