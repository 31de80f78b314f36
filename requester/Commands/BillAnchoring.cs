using System.IO.Compression;
using System.Text.Json;
using Daisee.Billing.Worker.Ingest;
using Daisee.Billing.Requester.Chain;
using Daisee.Billing.Requester.Governance;
using Daisee.Billing.Requester.Iexec;
using Spectre.Console;

namespace Daisee.Billing.Requester.Commands;

/// <summary>
/// What <c>bill --runner iexec</c> does with the collective's contract when one is configured (<c>--collective</c> or
/// <see cref="CollectiveAccess.AddressVariable"/>): before anything is bought, the rules hash of the dataset's
/// <c>collective.json</c> must be approved by a strict majority and in effect for the month (read only: no
/// transaction); after the verified result, the month is anchored with its task (unless <see cref="Anchor"/> is false).
/// </summary>
public sealed class BillAnchoring(IexecOptions options, Address contract, bool anchor, Func<string> askPassword)
{
    public Address Contract => contract;

    /// <summary>False for <c>--no-anchor</c>: the rules are still checked, the month is not anchored.</summary>
    public bool Anchor => anchor;

    /// <summary>The anchoring for a bill run on <paramref name="runner"/>; null (and said so for iExec) when no collective is configured.</summary>
    public static BillAnchoring? For(IAnsiConsole console, string runner, Func<IexecOptions> options, Func<string, string?> environment, string? collective, bool anchor)
    {
        ArgumentNullException.ThrowIfNull(console);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(environment);
        if (runner != Runners.RunnerNames.Iexec)
        {
            return null;
        }

        if (collective is not { Length: > 0 } && environment(CollectiveAccess.AddressVariable) is not { Length: > 0 })
        {
            console.MarkupLine($"[yellow]No collective configured (--collective or {CollectiveAccess.AddressVariable}): the rules are not checked and the month will not be anchored.[/]");
            return null;
        }

        var settings = options();
        return new BillAnchoring(settings, CollectiveAccess.ResolveAddress(collective, environment), anchor, () => settings.Password ?? AppCommand.AskPassword(console));
    }

    /// <summary>The worker's rules hash of the dataset (a folder or its zip), as <c>rules propose</c> computes it.</summary>
    public static Hash32 RulesHashOf(string dataset)
    {
        if (!File.Exists(dataset))
        {
            return CollectiveCommand.RulesHashOf(dataset);
        }

        using var zip = ZipFile.OpenRead(dataset);
        var entry = zip.GetEntry("collective.json") ?? throw new InvalidOperationException($"No collective.json in {dataset}.");
        using var stream = entry.Open();
        try
        {
            using var document = JsonDocument.Parse(stream);
            return Hash32.Parse("0x" + RulesHash.Compute(document.RootElement));
        }
        catch (JsonException e)
        {
            throw new InvalidOperationException($"{dataset}: collective.json: line {e.LineNumber + 1}: not valid JSON ({e.Message}).", e);
        }
    }

    /// <summary>True when the dataset's rules are approved and in effect for <paramref name="period"/>; else says why. Sends nothing.</summary>
    public async Task<bool> CheckRulesAsync(IAnsiConsole console, string dataset, uint period, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(console);
        var rules = RulesHashOf(dataset);
        using var access = await CollectiveAccess.OpenAsync(options, null, cancellationToken);
        var status = await access.Collective(contract).RulesStatusAsync(rules, cancellationToken);
        var month = Period.Format(period);
        if (status.IsApproved && period >= status.EffectivePeriod)
        {
            console.MarkupLine($"Rules {rules} approved ({status.Approvals}/{status.Members} members) and in effect for {month} on collective {contract}.");
            return true;
        }

        console.MarkupLine($"[red]Rules {rules} of {Markup.Escape(dataset)} are not approved and in effect for {month} on collective {contract}[/] "
            + $"(proposed: {status.Proposed}, effective from {Period.Format(status.EffectivePeriod)}, approvals {status.Approvals}/{status.Members}): nothing was bought. "
            + $"Propose them (`daisee-request rules propose --month {month} --dataset …`) and have a majority of members approve them (`rules approve {rules}`).");
        return false;
    }

    /// <summary>Anchors <paramref name="taskId"/> for the month (or says it already is); returns the exit code of the bill.</summary>
    public async Task<int> AnchorAsync(IAnsiConsole console, string dataset, uint period, Hash32 taskId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(console);
        var month = Period.Format(period);
        if (!anchor)
        {
            console.MarkupLine($"--no-anchor: {month} is not anchored; `daisee-request anchor --month {month} --task {taskId}` anchors it.");
            return ExitCodes.Ok;
        }

        using var access = await CollectiveAccess.OpenAsync(options, askPassword, cancellationToken);
        var collective = access.Collective(contract);
        if (await collective.AnchorOfAsync(period, cancellationToken) is { } existing)
        {
            if (existing.TaskId == taskId)
            {
                console.MarkupLine($"{month} is already anchored with task {taskId} on collective {contract}.");
                return ExitCodes.Ok;
            }

            console.MarkupLine($"[yellow]{month} is already anchored with task {existing.TaskId}: this result (task {taskId}) is not anchored.[/] "
                + $"If it corrects the month: `daisee-request supersede --month {month} --task {taskId} --reason \"…\"`.");
            return ExitCodes.Ok;
        }

        var prepared = await AnchorCommand.PrepareAsync(console, access, contract, period, taskId, RulesHashOf(dataset), cancellationToken);
        if (prepared is null)
        {
            return ExitCodes.VerificationFailed;
        }

        try
        {
            await AnchorCommand.SendAsync(console, collective, prepared, null, cancellationToken);
        }
        catch (TransactionRevertedException e)
        {
            console.MarkupLine($"[red]The result is written but {month} could not be anchored:[/] {Markup.Escape(e.Message)} "
                + $"(only the collective's organiser anchors; `daisee-request anchor --month {month} --task {taskId}` retries).");
            return ExitCodes.Failure;
        }

        return ExitCodes.Ok;
    }
}
