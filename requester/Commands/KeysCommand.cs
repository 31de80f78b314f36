using System.CommandLine;
using System.Globalization;
using System.IO.Compression;
using Daisee.Billing.Requester.Runners;
using Daisee.Billing.Worker.Domain;
using Daisee.Billing.Worker.Forecast;
using Daisee.Billing.Worker.Forecast.Keys;
using Daisee.Billing.Worker.Ingest;
using NodaTime.Text;
using Spectre.Console;

namespace Daisee.Billing.Requester.Commands;

/// <summary>
/// <c>keys check &lt;file&gt; --month YYYY-MM --dataset &lt;folder|zip&gt;</c>: checks a dynamic-simple keys
/// file against the operation described by the dataset's <c>collective.json</c> before it is sent
/// to the grid operator; prints every problem with its line. Exits <see cref="ExitCodes.Rejected"/>
/// when the file has any problem.
/// </summary>
public static class KeysCommand
{
    public static Command Create(IAnsiConsole console, Func<string, IWorkerRunner> runners)
    {
        var file = new Argument<string>("file") { Description = "The keys file (CSV start,prm,coefficient or start,prm,percent)." };
        var month = new Option<string>("--month") { Description = "The month the keys cover, YYYY-MM.", Required = true };
        var dataset = new Option<string>("--dataset") { Description = "The dataset (folder or zip) whose collective.json describes the operation.", Required = true };
        var check = new Command("check", "Check a keys file before sending it to the grid operator: members on each step, every step, Σ ≤ 1, number format, encoding.") { file, month, dataset };
        check.SetAction(parse => Check(console, parse.GetRequiredValue(file), parse.GetRequiredValue(month), parse.GetRequiredValue(dataset)));
        return new Command("keys", "Allocation keys files: check them before they go to the grid operator, or suggest next month's.") { check, Suggest(console, runners) };
    }

    /// <summary><c>keys suggest --month --dataset [--goal maximise-local|follow-shares]</c>: the worker's <c>--suggest-keys</c> mode.</summary>
    private static Command Suggest(IAnsiConsole console, Func<string, IWorkerRunner> runners)
    {
        var month = new Option<string>("--month") { Description = "The month the keys are for, YYYY-MM.", Required = true };
        var goal = new Option<string>("--goal") { Description = "maximise-local or follow-shares.", DefaultValueFactory = _ => KeyGoal.MaximiseLocal };
        goal.AcceptOnlyFromAmong(KeyGoal.MaximiseLocal, KeyGoal.FollowShares);
        return new PlanningVerb(
            "suggest",
            "Suggest dynamic-simple keys for a month from its forecast, with their simulated gain over the current rules.",
            [month, goal],
            "keys-suggested.csv (default: out/keys-<month>)",
            parse => Path.Combine("out", $"keys-{parse.GetRequiredValue(month)}"),
            parse => ["--suggest-keys", "--month", parse.GetRequiredValue(month), "--goal", parse.GetRequiredValue(goal)],
            SuggestAsync).Create(console, runners);
    }

    public static async Task<int> SuggestAsync(IAnsiConsole console, IWorkerRunner runner, RunRequest request, CancellationToken cancellationToken)
    {
        var (document, exit) = await PlanningRun.RunAsync(console, runner, request, SuggestedKeys.JsonName, cancellationToken);
        if (document is null)
        {
            return exit;
        }

        using (document)
        {
            var root = document.RootElement;
            string Kwh(string part) => root.GetProperty(part).GetProperty("localKwh").GetDecimal().ToString("N1", CultureInfo.InvariantCulture);
            console.MarkupLine($"Keys for [bold]{root.GetProperty("period").GetString()}[/] ({root.GetProperty("goal").GetString()}): {Markup.Escape(Path.GetFullPath(Path.Combine(request.OutputFolder, SuggestedKeys.CsvName)))}");
            console.MarkupLine($"On the {root.GetProperty("curves").GetString()} curves: local energy {Kwh("suggested")} kWh with them, {Kwh("current")} kWh with the current rules "
                + $"(gain {root.GetProperty("gainLocalKwh").GetDecimal().ToString("N1", CultureInfo.InvariantCulture)} kWh, {root.GetProperty("gainSavingEur").GetDecimal().ToString("N2", CultureInfo.InvariantCulture)} € of members' savings).");
        }

        return ExitCodes.Ok;
    }

    public static int Check(IAnsiConsole console, string file, string month, string dataset)
    {
        ArgumentNullException.ThrowIfNull(console);
        var parsed = YearMonthPattern.CreateWithInvariantCulture("yyyy'-'MM").Parse(month);
        if (!parsed.Success)
        {
            console.MarkupLine($"[red]--month must be YYYY-MM (e.g. 2026-07); got '{Markup.Escape(month)}'.[/]");
            return ExitCodes.Usage;
        }

        var collective = ReadCollective(console, dataset);
        if (collective is null)
        {
            return ExitCodes.Rejected;
        }

        var report = KeysChecker.Check(collective, parsed.Value, Path.GetFileName(file), File.ReadAllBytes(file));
        Print(console, report);
        return report.Accepted ? ExitCodes.Ok : ExitCodes.Rejected;
    }

    private static void Print(IAnsiConsole console, KeysCheckReport report)
    {
        if (report.Accepted)
        {
            console.MarkupLine($"[green]{Markup.Escape(report.Source)} is ready to send:[/] {report.DataLines} line(s), all {report.Steps} steps, members and sums as the operation requires.");
            return;
        }

        var table = new Table().AddColumns("line", "field", "code", "problem");
        foreach (var problem in report.Problems)
        {
            table.AddRow(problem.Line == 0 ? "-" : problem.Line.ToString(CultureInfo.InvariantCulture), problem.Field, problem.Code, Markup.Escape(problem.Message));
        }

        console.Write(table);
        console.MarkupLine($"[red]{report.Problems.Length} problem(s) in {Markup.Escape(report.Source)}[/] ({report.DataLines} line(s), {report.Steps} steps in the month): fix them, then check again.");
    }

    private static Collective? ReadCollective(IAnsiConsole console, string dataset)
    {
        using var json = OpenCollective(dataset);
        if (json is null)
        {
            console.MarkupLine($"[red]{Markup.Escape(dataset)} has no collective.json at its root.[/] Give the dataset folder or zip of the operation.");
            return null;
        }

        var (collective, issues) = CollectiveReader.Read(json);
        foreach (var issue in issues.Where(i => i.Severity == Severity.Error))
        {
            console.MarkupLine($"[red]{Markup.Escape(issue.Message)}[/]");
        }

        return collective;
    }

    private static MemoryStream? OpenCollective(string dataset)
    {
        if (Directory.Exists(dataset))
        {
            var path = Path.Combine(dataset, CollectiveReader.FileName);
            return File.Exists(path) ? new MemoryStream(File.ReadAllBytes(path)) : null;
        }

        using var zip = ZipFile.OpenRead(dataset);
        var entry = zip.GetEntry(CollectiveReader.FileName);
        if (entry is null)
        {
            return null;
        }

        using var stream = entry.Open();
        var copy = new MemoryStream();
        stream.CopyTo(copy);
        copy.Position = 0;
        return copy;
    }
}
