using System.CommandLine;
using Daisee.Billing.Requester.Chain;
using Daisee.Billing.Requester.Governance;
using Daisee.Billing.Requester.Iexec;
using Spectre.Console;

namespace Daisee.Billing.Requester.Commands;

/// <summary>
/// <c>verify &lt;folder|zip&gt; [--task &lt;taskid&gt;] [--month YYYY-MM]</c>: checks a result against its manifest and, with
/// <c>--task</c>, the manifest against the task's on-chain <c>resultDigest</c>; with <c>--month</c>, against the
/// collective's anchor (<see cref="CollectiveCheck"/>). Exits <see cref="ExitCodes.VerificationFailed"/> on any
/// mismatch and <see cref="ExitCodes.NotVerifiedAgainstChain"/> when no chain was read. A member's copy (<c>--member</c>, or
/// automatically when <see cref="ResultVerifier.IsMemberCopy"/>) checks the files present and ignores absent files of others.
/// </summary>
public static class VerifyCommand
{
    public static Command Create(IAnsiConsole console, Func<IexecOptions> options) =>
        Create(console, options, Environment.GetEnvironmentVariable);

    public static Command Create(IAnsiConsole console, Func<IexecOptions> options, Func<string, string?> environment)
    {
        var result = new Argument<string>("result") { Description = "The result: its unpacked folder or the iexec_out zip." };
        var task = new Option<string?>("--task") { Description = "The task id (0x…): also check the manifest against its on-chain resultDigest (reads chain.json)." };
        var month = new Option<string?>("--month") { Description = "The billed month, YYYY-MM: also check the result against the collective's anchor (DAISEE_COLLECTIVE or --collective)." };
        var collective = CollectiveCommand.AddressOption();
        var member = new Option<bool>("--member")
        {
            Description = "A member's copy (their bill, statement and invoices with manifest.json): check the files present, not the absent files of others (automatic without summary.json).",
        };
        var command = new Command("verify", "Check a result against its manifest (and the chain with --task) before trusting it.") { result, task, month, collective, member };
        command.SetAction(async (parse, cancellationToken) =>
        {
            if (parse.GetValue(month) is { } m)
            {
                return await VerifyAnchoredAsync(console, options(), environment, parse.GetRequiredValue(result), m, parse.GetValue(task), parse.GetValue(collective), parse.GetValue(member), cancellationToken);
            }

            Hash32? taskId = null;
            if (parse.GetValue(task) is { } text)
            {
                if (!Hash32.TryParse(text, out var parsed))
                {
                    console.MarkupLine($"[red]--task must be a 0x-prefixed 32-byte task id; got '{Markup.Escape(text)}'.[/]");
                    return ExitCodes.Usage;
                }

                taskId = parsed;
            }

            if (ReadResult(console, parse.GetRequiredValue(result), out var files) is { } refused)
            {
                return refused;
            }

            Hash32? digest = null;
            if (taskId is { } id)
            {
                var (poco, _) = await options().ConnectReadOnlyAsync(IexecHttp.Client, cancellationToken);
                digest = (await poco.ViewTaskAsync(id, cancellationToken)).ResultDigest;
            }

            return Run(console, files, digest, parse.GetValue(member) || ResultVerifier.IsMemberCopy(files));
        });
        return command;
    }

    private static async Task<int> VerifyAnchoredAsync(
        IAnsiConsole console, IexecOptions options, Func<string, string?> environment, string result, string month, string? task, string? collective, bool member, CancellationToken cancellationToken)
    {
        Hash32 taskId = default;
        if (!RulesCommand.TryPeriod(console, month, out var period) || (task is not null && !RulesCommand.TryHash(console, task, out taskId)))
        {
            return ExitCodes.Usage;
        }

        var contract = CollectiveAccess.ResolveAddress(collective, environment);
        if (ReadResult(console, result, out var files) is { } refused)
        {
            return refused;
        }

        var memberCopy = member || ResultVerifier.IsMemberCopy(files);
        if (memberCopy)
        {
            console.MarkupLine("A member's copy: the files present are checked; the absent files of other members and of the organiser are not.");
        }

        using var access = await CollectiveAccess.OpenAsync(options, null, cancellationToken);
        var poco = await access.PocoAsync(cancellationToken);
        var checks = await CollectiveCheck.RunAsync(access.Collective(contract), poco, files, period, task is null ? null : taskId, options.App, memberCopy, cancellationToken);
        foreach (var check in checks)
        {
            console.MarkupLine($"{(check.Passed ? "[green]✓[/]" : "[red]✗[/]")} {check.Name}: {Markup.Escape(check.Detail)}");
        }

        var passed = checks.All(c => c.Passed);
        console.MarkupLine(passed
            ? $"[green]Verified:[/] the collective's anchored result for {Period.Format(period)}."
            : "[red]Verification failed: do not use this result.[/]");
        return passed ? ExitCodes.Ok : ExitCodes.VerificationFailed;
    }

    /// <summary>Verifies and reports; returns the exit code.</summary>
    public static int Run(IAnsiConsole console, ResultFiles result, Hash32? onChainDigest) => Run(console, result, onChainDigest, memberCopy: false);

    /// <summary>Verifies (a member's copy when <paramref name="memberCopy"/>) and reports; returns the exit code.</summary>
    public static int Run(IAnsiConsole console, ResultFiles result, Hash32? onChainDigest, bool memberCopy)
    {
        ArgumentNullException.ThrowIfNull(console);
        ArgumentNullException.ThrowIfNull(result);
        var report = ResultVerifier.Verify(result, onChainDigest, memberCopy);
        if (report.IsValid)
        {
            var files = memberCopy
                ? $"a member's copy: {string.Join(", ", report.Checked)} match manifest.json ({report.Absent.Length} files of others absent, not checked)"
                : $"{result.Files.Count} files match manifest.json";
            if (onChainDigest is null)
            {
                console.MarkupLine($"[yellow]Only file integrity was checked:[/] {Markup.Escape(files)} (resultDigest {report.Digest}); "
                    + "not verified against the chain (give --month with the collective, or --task).");
                return ExitCodes.NotVerifiedAgainstChain;
            }

            console.MarkupLine($"[green]Verified:[/] {Markup.Escape(files)}; resultDigest {report.Digest}, equal to the task's on-chain resultDigest.");
            return ExitCodes.Ok;
        }

        console.MarkupLine("[red]Verification failed: do not use this result.[/]");
        foreach (var problem in report.Problems)
        {
            console.MarkupLine($"  - {Markup.Escape(problem)}");
        }

        return ExitCodes.VerificationFailed;
    }

    /// <summary>
    /// Reads the result folder or zip; a path that is neither is a usage error (exit 2), an unreadable
    /// file a failure (exit 1) and a refused zip a failed verification (exit 4), each said plainly.
    /// </summary>
    private static int? ReadResult(IAnsiConsole console, string path, out ResultFiles files)
    {
        files = null!;
        try
        {
            files = ResultFiles.Read(path);
            return null;
        }
        catch (FileNotFoundException e)
        {
            console.MarkupLine($"[red]{Markup.Escape(e.Message)}[/] Give the result folder or the result zip to verify.");
            return ExitCodes.Usage;
        }
        catch (InvalidDataException e)
        {
            console.MarkupLine("[red]Verification failed: do not use this result.[/]");
            console.MarkupLine($"  - {Markup.Escape(e.Message)}");
            return ExitCodes.VerificationFailed;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            console.MarkupLine($"[red]The result '{Markup.Escape(path)}' cannot be read: {Markup.Escape(e.Message)}[/]");
            return ExitCodes.Failure;
        }
    }
}
