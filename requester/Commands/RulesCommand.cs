using System.CommandLine;
using Daisee.Billing.Requester.Chain;
using Daisee.Billing.Requester.Governance;
using Daisee.Billing.Requester.Iexec;
using Spectre.Console;

namespace Daisee.Billing.Requester.Commands;

/// <summary>
/// <c>rules propose --month YYYY-MM [--dataset d]</c> (organiser), <c>rules approve &lt;hash&gt;</c> (a member's
/// wallet), <c>rules show [--hash h | --dataset d] [--month m]</c>. The hash is the worker's
/// (<c>Ingest/RulesHash</c>) over <c>collective.json</c>: the one every manifest carries as <c>rulesHash</c>.
/// </summary>
public static class RulesCommand
{
    public static Command Create(IAnsiConsole console, Func<IexecOptions> options, Func<string, string?> environment)
    {
        return new Command("rules", "The collective's billing rules: proposed by hash, approved by a strict majority of members.")
        {
            Propose(console, options, environment), Approve(console, options, environment), Show(console, options, environment),
        };
    }

    internal static Option<string> DatasetOption() =>
        new("--dataset") { Description = "The dataset folder whose collective.json holds the rules.", DefaultValueFactory = _ => "." };

    internal static Option<string> MonthOption(bool required) =>
        new("--month") { Description = "The month, YYYY-MM.", Required = required };

    private static Command Propose(IAnsiConsole console, Func<IexecOptions> options, Func<string, string?> environment)
    {
        var collective = CollectiveCommand.AddressOption();
        var dataset = DatasetOption();
        var month = MonthOption(required: true);
        var command = new Command("propose", "Propose the rules of collective.json from a first month (organiser only).") { month, dataset, collective };
        command.SetAction(async (parse, cancellationToken) =>
        {
            if (!TryPeriod(console, parse.GetRequiredValue(month), out var period))
            {
                return ExitCodes.Usage;
            }

            var hash = CollectiveCommand.RulesHashOf(parse.GetRequiredValue(dataset));
            var contract = CollectiveAccess.ResolveAddress(parse.GetValue(collective), environment);
            using var access = await CollectiveAccess.OpenAsync(options(), () => AppCommand.AskPassword(console), cancellationToken);
            await access.Collective(contract).ProposeRulesAsync(hash, period, cancellationToken);
            console.MarkupLine($"Rules [blue]{hash}[/] proposed, effective from {Period.Format(period)}. Members approve them with: rules approve {hash}");
            return ExitCodes.Ok;
        });
        return command;
    }

    private static Command Approve(IAnsiConsole console, Func<IexecOptions> options, Func<string, string?> environment)
    {
        var collective = CollectiveCommand.AddressOption();
        var hash = new Argument<string>("hash") { Description = "The proposed rules hash (0x…)." };
        var command = new Command("approve", "Approve proposed rules with the member's wallet.") { hash, collective };
        command.SetAction(async (parse, cancellationToken) =>
        {
            if (!TryHash(console, parse.GetRequiredValue(hash), out var rules))
            {
                return ExitCodes.Usage;
            }

            var contract = CollectiveAccess.ResolveAddress(parse.GetValue(collective), environment);
            using var access = await CollectiveAccess.OpenAsync(options(), () => AppCommand.AskPassword(console), cancellationToken);
            var client = access.Collective(contract);
            await client.ApproveRulesAsync(rules, cancellationToken);
            var status = await client.RulesStatusAsync(rules, cancellationToken);
            console.MarkupLine($"{access.Key.Address} approved {rules}: {status.Approvals}/{status.Members} members, {(status.IsApproved ? "approved" : "not approved yet")}.");
            return ExitCodes.Ok;
        });
        return command;
    }

    private static Command Show(IAnsiConsole console, Func<IexecOptions> options, Func<string, string?> environment)
    {
        var collective = CollectiveCommand.AddressOption();
        var dataset = DatasetOption();
        var hash = new Option<string?>("--hash") { Description = "The rules hash (default: the one of --dataset's collective.json)." };
        var month = MonthOption(required: false);
        var command = new Command("show", "Where rules stand: proposed, effective month, approvals / members, approved.") { hash, dataset, month, collective };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var rules = Hash32.Zero;
            uint period = 0;
            if ((parse.GetValue(hash) is { } text && !TryHash(console, text, out rules))
                || (parse.GetValue(month) is { } m && !TryPeriod(console, m, out period)))
            {
                return ExitCodes.Usage;
            }

            rules = rules.IsZero ? CollectiveCommand.RulesHashOf(parse.GetRequiredValue(dataset)) : rules;
            var contract = CollectiveAccess.ResolveAddress(parse.GetValue(collective), environment);
            using var access = await CollectiveAccess.OpenAsync(options(), null, cancellationToken);
            var status = await access.Collective(contract).RulesStatusAsync(rules, cancellationToken);
            Print(console, status, period);
            return status.IsApproved && (period == 0 || period >= status.EffectivePeriod) ? ExitCodes.Ok : ExitCodes.VerificationFailed;
        });
        return command;
    }

    private static void Print(IAnsiConsole console, RulesStatus status, uint period)
    {
        console.MarkupLine($"Rules {status.RulesHash}");
        if (!status.Proposed)
        {
            console.MarkupLine("  [red]not proposed[/]");
            return;
        }

        console.MarkupLine($"  effective from {Period.Format(status.EffectivePeriod)}");
        console.MarkupLine($"  approvals {status.Approvals}/{status.Members} members: {(status.IsApproved ? "[green]approved[/] (strict majority)" : "[red]not approved[/] (a strict majority is needed)")}");
        if (period != 0)
        {
            console.MarkupLine(period >= status.EffectivePeriod
                ? $"  {Period.Format(period)}: in effect"
                : $"  {Period.Format(period)}: [red]not yet in effect[/]");
        }
    }

    internal static bool TryPeriod(IAnsiConsole console, string text, out uint period)
    {
        if (Period.TryParse(text, out period))
        {
            return true;
        }

        console.MarkupLine($"[red]--month must be YYYY-MM (e.g. 2026-06); got '{Markup.Escape(text)}'.[/]");
        return false;
    }

    internal static bool TryHash(IAnsiConsole console, string text, out Hash32 hash)
    {
        if (Hash32.TryParse(text, out hash))
        {
            return true;
        }

        console.MarkupLine($"[red]'{Markup.Escape(text)}' is not a 0x-prefixed 32-byte hash.[/]");
        return false;
    }
}
