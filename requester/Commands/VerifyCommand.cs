using System.CommandLine;
using Daisee.Billing.Requester.Chain;
using Daisee.Billing.Requester.Iexec;
using Spectre.Console;

namespace Daisee.Billing.Requester.Commands;

/// <summary>
/// <c>verify &lt;folder|zip&gt; [--task &lt;taskid&gt;]</c>: checks a result against its manifest and, with
/// <c>--task</c>, the manifest against the task's on-chain <c>resultDigest</c>. Exits
/// <see cref="ExitCodes.VerificationFailed"/> on any mismatch.
/// </summary>
public static class VerifyCommand
{
    public static Command Create(IAnsiConsole console, Func<IexecOptions> options)
    {
        var result = new Argument<string>("result") { Description = "The result: its unpacked folder or the iexec_out zip." };
        var task = new Option<string?>("--task") { Description = "The task id (0x…): also check the manifest against its on-chain resultDigest (reads chain.json)." };
        var command = new Command("verify", "Check a result against its manifest (and the chain with --task) before trusting it.") { result, task };
        command.SetAction(async (parse, cancellationToken) =>
        {
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

            ResultFiles files;
            try
            {
                files = ResultFiles.Read(parse.GetRequiredValue(result));
            }
            catch (InvalidDataException e)
            {
                console.MarkupLine("[red]Verification failed: do not use this result.[/]");
                console.MarkupLine($"  - {Markup.Escape(e.Message)}");
                return ExitCodes.VerificationFailed;
            }

            Hash32? digest = null;
            if (taskId is { } id)
            {
                var (poco, _) = await options().ConnectReadOnlyAsync(IexecHttp.Client, cancellationToken);
                digest = (await poco.ViewTaskAsync(id, cancellationToken)).ResultDigest;
            }

            return Run(console, files, digest);
        });
        return command;
    }

    /// <summary>Verifies and reports; returns the exit code.</summary>
    public static int Run(IAnsiConsole console, ResultFiles result, Hash32? onChainDigest)
    {
        ArgumentNullException.ThrowIfNull(console);
        var report = ResultVerifier.Verify(result, onChainDigest);
        if (report.IsValid)
        {
            var chain = onChainDigest is null ? "not checked against the chain (give --task)" : "equal to the task's on-chain resultDigest";
            console.MarkupLine($"[green]Verified:[/] {result.Files.Count} files match manifest.json; resultDigest {report.Digest}, {chain}.");
            return ExitCodes.Ok;
        }

        console.MarkupLine("[red]Verification failed: do not use this result.[/]");
        foreach (var problem in report.Problems)
        {
            console.MarkupLine($"  - {Markup.Escape(problem)}");
        }

        return ExitCodes.VerificationFailed;
    }
}
