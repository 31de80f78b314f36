using System.CommandLine;
using System.Security.Cryptography;
using System.Text;
using Daisee.Billing.Requester.Chain;
using Daisee.Billing.Requester.Governance;
using Daisee.Billing.Requester.Iexec;
using Spectre.Console;

namespace Daisee.Billing.Requester.Commands;

/// <summary>
/// <c>anchor --month m --task id</c> and <c>supersede --month m --task id --reason "…"</c> (organiser): record the
/// completed iExec task that billed a month, its on-chain <c>resultDigest</c> and the approved rules hash it was
/// billed with (<c>--rules</c>, or the hash of <c>--dataset</c>'s collective.json). The task and the rules are
/// checked before any transaction. A supersede keeps sha256(reason) on chain; the reason text stays with the organiser.
/// </summary>
public static class AnchorCommand
{
    public static Command CreateAnchor(IAnsiConsole console, Func<IexecOptions> options, Func<string, string?> environment) =>
        Build(console, options, environment, supersede: false);

    public static Command CreateSupersede(IAnsiConsole console, Func<IexecOptions> options, Func<string, string?> environment) =>
        Build(console, options, environment, supersede: true);

    /// <summary>sha256 of the UTF-8 reason: what <c>supersede</c> puts on chain.</summary>
    public static Hash32 ReasonHash(string reason) => new(SHA256.HashData(Encoding.UTF8.GetBytes(reason)));

    private static Command Build(IAnsiConsole console, Func<IexecOptions> options, Func<string, string?> environment, bool supersede)
    {
        var collective = CollectiveCommand.AddressOption();
        var month = RulesCommand.MonthOption(required: true);
        var task = new Option<string>("--task") { Description = "The completed iExec task that billed the month (0x…).", Required = true };
        var rules = new Option<string?>("--rules") { Description = "The rules hash the month was billed with (default: the hash of --dataset's collective.json)." };
        var dataset = RulesCommand.DatasetOption();
        var reason = new Option<string>("--reason") { Description = "Why the month is billed again (a meter replaced, the definitive split…).", Required = true };
        var command = supersede
            ? new Command("supersede", "Replace the anchor of a billed month with a corrected result (organiser only).") { month, task, rules, dataset, reason, collective }
            : new Command("anchor", "Anchor a billed month: its task, result digest and approved rules (organiser only).") { month, task, rules, dataset, collective };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var rulesHash = Hash32.Zero;
            if (!RulesCommand.TryPeriod(console, parse.GetRequiredValue(month), out var period)
                || !RulesCommand.TryHash(console, parse.GetRequiredValue(task), out var taskId)
                || (parse.GetValue(rules) is { } text && !RulesCommand.TryHash(console, text, out rulesHash)))
            {
                return ExitCodes.Usage;
            }

            var why = supersede ? parse.GetRequiredValue(reason).Trim() : string.Empty;
            if (supersede && why.Length == 0)
            {
                console.MarkupLine("[red]--reason must say why the month is billed again.[/]");
                return ExitCodes.Usage;
            }

            rulesHash = rulesHash.IsZero ? CollectiveCommand.RulesHashOf(parse.GetRequiredValue(dataset)) : rulesHash;
            var contract = CollectiveAccess.ResolveAddress(parse.GetValue(collective), environment);
            using var access = await CollectiveAccess.OpenAsync(options(), () => AppCommand.AskPassword(console), cancellationToken);
            var anchor = await PrepareAsync(console, access, contract, period, taskId, rulesHash, cancellationToken);
            if (anchor is null)
            {
                return ExitCodes.VerificationFailed;
            }

            await SendAsync(console, access.Collective(contract), anchor, supersede ? why : null, cancellationToken);
            return ExitCodes.Ok;
        });
        return command;
    }

    /// <summary>The anchor to send, or null (and why, printed) when the task or the rules do not allow it.</summary>
    internal static async Task<PeriodAnchor?> PrepareAsync(
        IAnsiConsole console, CollectiveAccess access, Address contract, uint period, Hash32 taskId, Hash32 rulesHash, CancellationToken cancellationToken)
    {
        var poco = await access.PocoAsync(cancellationToken);
        var view = await poco.ViewTaskAsync(taskId, cancellationToken);
        if (view.Status != Iexec.TaskStatus.Completed || view.ResultDigest.IsZero)
        {
            console.MarkupLine($"[red]Task {taskId} is {view.Status}, not COMPLETED with a result digest: nothing to anchor.[/]");
            return null;
        }

        var status = await access.Collective(contract).RulesStatusAsync(rulesHash, cancellationToken);
        if (!status.IsApproved || period < status.EffectivePeriod)
        {
            console.MarkupLine($"[red]Rules {rulesHash} are not approved and in effect for {Period.Format(period)}[/] "
                + $"(proposed: {status.Proposed}, effective from {Period.Format(status.EffectivePeriod)}, approvals {status.Approvals}/{status.Members}).");
            return null;
        }

        return new PeriodAnchor(period, taskId, view.ResultDigest, rulesHash, 0);
    }

    /// <summary>Anchors (<paramref name="reason"/> null) or supersedes, and says so.</summary>
    internal static async Task SendAsync(IAnsiConsole console, DaiseeCollectiveClient collective, PeriodAnchor anchor, string? reason, CancellationToken cancellationToken)
    {
        if (reason is null)
        {
            await collective.AnchorAsync(anchor, cancellationToken);
            console.MarkupLine($"{Period.Format(anchor.Period)} anchored: task {anchor.TaskId}, result digest {anchor.ResultDigest}, rules {anchor.RulesHash}.");
            return;
        }

        var reasonHash = ReasonHash(reason);
        await collective.SupersedeAsync(anchor, reasonHash, cancellationToken);
        var revision = (await collective.AnchorOfAsync(anchor.Period, cancellationToken))?.Revision;
        console.MarkupLine($"{Period.Format(anchor.Period)} superseded (revision {revision}): task {anchor.TaskId}, result digest {anchor.ResultDigest}; reason \"{Markup.Escape(reason)}\" (sha256 {reasonHash}).");
    }
}
