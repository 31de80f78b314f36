using System.Collections.Immutable;
using System.Globalization;
using Daisee.Billing.SampleGenerator.Datasets;
using Daisee.Billing.SampleGenerator.Output;
using Daisee.Billing.SampleGenerator.Profiles;
using Daisee.Billing.SampleGenerator.Simulation;
using Daisee.Billing.SampleGenerator.Sites;
using NodaTime;

namespace Daisee.Billing.SampleGenerator.Faults;

/// <summary>
/// Injects exactly one kind of fault into a clean June 2026 dataset and says where, with the
/// 1-based line numbers of the files as written (line 1 = preamble header, data from line 4).
/// </summary>
public static class FaultInjector
{
    public static readonly YearMonth Month = new(2026, 6);
    private const string MonthLabel = "2026-06";
    private const string UnknownPrm = "30000000000099";

    public static ImmutableArray<FaultNote> Inject(string variant, DatasetContent content, ulong seed)
    {
        ArgumentNullException.ThrowIfNull(content);
        return variant switch
        {
            "clean" => [],
            "unknown-prm" => UnknownPrmFile(content, seed),
            "duplicate-rows" => DuplicateRows(content),
            "gap" => Gap(content),
            "negative-value" => ReplaceValue(content, "30000000000011", "2026-06-08T15:00:00+02:00", negate: true),
            "bad-timestamp" => BadTimestamps(content),
            "empty-value" => ReplaceValue(content, "30000000000012", "2026-06-22T14:00:00+02:00", negate: false),
            _ => throw new ArgumentOutOfRangeException(nameof(variant), variant, "unknown variant"),
        };
    }

    private static ImmutableArray<FaultNote> UnknownPrmFile(DatasetContent content, ulong seed)
    {
        var stranger = new ParticipantSpec
        {
            Prm = UnknownPrm,
            Name = "Foyer hors operation",
            Role = ParticipantRole.Consumer,
            Kind = ConsumerKindNames.JsonName(ConsumerKind.Household),
            SubscribedKva = 6m,
            Load = new ConsumerModel(ConsumerKind.Household, 1.0),
        };
        var simulator = new CurveSimulator(seed, content.Collective);
        List<string> lines = LayoutACurveFile.Lines(stranger, simulator.Window(Month), simulator.Simulate(stranger, Month));
        string file = DatasetContent.CurvePath(MonthLabel, UnknownPrm);
        content.CurveFiles.Add(file, lines);
        return [new FaultNote(file, "lines 1-" + Number(lines.Count),
            "whole file: a well-formed consumption curve of PRM " + UnknownPrm + ", which is not a participant")];
    }

    private static ImmutableArray<FaultNote> DuplicateRows(DatasetContent content)
    {
        string file = DatasetContent.CurvePath(MonthLabel, "30000000000012");
        List<string> lines = content.CurveFiles[file];
        int first = IndexOf(lines, "2026-06-10T12:30:00+02:00");
        lines.InsertRange(first + 3, lines.GetRange(first, 3));
        int conflict = IndexOf(lines, "2026-06-20T19:00:00+02:00");
        string original = lines[conflict];
        long watts = long.Parse(original[(original.IndexOf(';', StringComparison.Ordinal) + 1)..], CultureInfo.InvariantCulture);
        string other = LayoutACurveFile.Row("2026-06-20T19:00:00+02:00", (watts + 437).ToString(CultureInfo.InvariantCulture));
        lines.Insert(conflict + 1, other);
        return
        [
            new FaultNote(file, "lines " + Range(first + 4, first + 6),
                "identical copies of lines " + Range(first + 1, first + 3) + " (2026-06-10 12:30, 13:00, 13:30 +02:00)"),
            new FaultNote(file, "line " + Number(conflict + 2),
                "conflicting duplicate of line " + Number(conflict + 1) + ": `" + other + "` after `" + original + "`"),
        ];
    }

    private static ImmutableArray<FaultNote> Gap(DatasetContent content)
    {
        string file = DatasetContent.CurvePath(MonthLabel, "30000000000013");
        List<string> lines = content.CurveFiles[file];
        int first = IndexOf(lines, "2026-06-15T09:30:00+02:00");
        lines.RemoveRange(first, 6);
        return
        [
            new FaultNote(file, "between lines " + Number(first) + " and " + Number(first + 1),
                "line " + Number(first) + " (`" + lines[first - 1] + "`) is followed by line " + Number(first + 1)
                + " (`" + lines[first] + "`): the six points stamped 09:30 to 12:00 +02:00 (09:00-12:00 local) are missing"),
        ];
    }

    private static ImmutableArray<FaultNote> BadTimestamps(DatasetContent content)
    {
        string file = DatasetContent.CurvePath(MonthLabel, "30000000000014");
        List<string> lines = content.CurveFiles[file];
        int unparseable = IndexOf(lines, "2026-06-12T08:30:00+02:00");
        string original = lines[unparseable];
        lines[unparseable] = original.Replace("T08:30:00", "T24:30:00", StringComparison.Ordinal);
        int misaligned = IndexOf(lines, "2026-06-18T10:30:00+02:00");
        string before = lines[misaligned];
        lines[misaligned] = before.Replace("T10:30:00", "T10:17:00", StringComparison.Ordinal);
        return
        [
            new FaultNote(file, "line " + Number(unparseable + 1),
                "unparseable Horodate `" + lines[unparseable] + "` (hour 24:30) in place of `" + original + "`, so 08:30 is also missing"),
            new FaultNote(file, "line " + Number(misaligned + 1),
                "misaligned Horodate `" + lines[misaligned] + "` (not on a 30-minute boundary) in place of `" + before + "`, so 10:30 is also missing"),
        ];
    }

    private static ImmutableArray<FaultNote> ReplaceValue(DatasetContent content, string prm, string stamp, bool negate)
    {
        string file = DatasetContent.CurvePath(MonthLabel, prm);
        List<string> lines = content.CurveFiles[file];
        int index = IndexOf(lines, stamp);
        string original = lines[index];
        string value = original[(original.IndexOf(';', StringComparison.Ordinal) + 1)..];
        lines[index] = LayoutACurveFile.Row(stamp, negate ? "-" + value : "");
        string what = negate ? "negative Valeur" : "empty Valeur";
        return [new FaultNote(file, "line " + Number(index + 1), what + " `" + lines[index] + "` in place of `" + original + "`")];
    }

    /// <summary>0-based index of the data row with this exact Horodate.</summary>
    private static int IndexOf(List<string> lines, string stamp)
    {
        int index = lines.FindIndex(l => l.StartsWith(stamp + ";", StringComparison.Ordinal));
        return index >= 0 ? index : throw new InvalidOperationException("no row stamped " + stamp);
    }

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Range(int first, int last) => Number(first) + "-" + Number(last);
}
