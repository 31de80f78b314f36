using System.Collections.Immutable;
using System.Text;
using Daisee.Billing.Worker.Domain;
using Daisee.Billing.Worker.Ingest;
using Daisee.Billing.Worker.Tests.Ingest;
using Daisee.Billing.Worker.Validation;
using NodaTime;

namespace Daisee.Billing.Worker.Tests.Validation;

/// <summary>Reads inline curve files through the readers and the assembler of a small test collective (June 2026, Paris, 30 minutes).</summary>
public static class ConformityRun
{
    public const string Consumer = "30000000000011";
    public const string SmallConsumer = "30000000000012";
    public const string LateConsumer = "30000000000013";

    public const string CollectiveJson = """
        {
          "name": "Conformity test",
          "timeZone": "Europe/Paris",
          "stepMinutes": 30,
          "participants": [
            { "prm": "30000000000001", "name": "Roof", "role": "producer" },
            { "prm": "30000000000011", "name": "Office", "role": "consumer" },
            { "prm": "30000000000012", "name": "Flat", "role": "consumer", "subscribedKva": 6 },
            { "prm": "30000000000013", "name": "Shop", "role": "consumer", "joined": "2026-06-10" }
          ],
          "localPrices": [ { "from": "2026-01-01", "classes": { "base": 0.12 } } ]
        }
        """;

    public static Collective Collective { get; } = ReadCollective();

    public static BillingPeriod June { get; } = new(new YearMonth(2026, 6), IngestRun.Paris, 30);

    /// <summary>A layout-A portal export: header, metadata line (PRM, Grandeur metier, Unite, Pas), Horodate;Valeur, then the rows (data starts at line 4).</summary>
    public static string PortalA(string prm, string metier, string unit, string pas, params string[] rows) =>
        "Identifiant PRM;Type de donnees;Date de debut;Date de fin;Grandeur physique;Grandeur metier;Etape metier;Unite;Pas en minutes\n"
        + $"{prm};Courbe de charge;01/06/2026;30/06/2026;Energie active;{metier};Comptage Brut;{unit};{pas}\n"
        + "Horodate;Valeur\n"
        + string.Concat(rows.Select(r => r + "\n"));

    public static (CurveSet Curves, ConformityReport Report) Assemble(params (string Path, string Content)[] files)
    {
        var readings = new CurveReadings([.. files.Select(f => IngestRun.TextEntry(f.Path, f.Content))], IngestRun.Context());
        var (curves, issues) = CurveAssembler.Assemble(Collective, June, readings.Stream());
        var log = new ConformityLog();
        log.Add(readings.Issues);
        log.Add(issues);
        return (curves, log.ToReport());
    }

    private static Collective ReadCollective()
    {
        using var json = new MemoryStream(Encoding.UTF8.GetBytes(CollectiveJson));
        var (collective, issues) = CollectiveReader.Read(json);
        return collective ?? throw new InvalidOperationException(string.Join("; ", issues.Select(i => i.Message)));
    }

    public static ImmutableArray<Issue> Issues(ConformityReport report, string code) => [.. report.Issues.Where(i => i.Code == code)];
}
