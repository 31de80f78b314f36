using System.CommandLine;
using Daisee.Billing.Requester.Chain;
using Daisee.Billing.Requester.Governance;
using Daisee.Billing.Requester.Iexec;
using Spectre.Console;

namespace Daisee.Billing.Requester.Commands;

/// <summary>
/// <c>member add &lt;address&gt; --id &lt;pseudonym&gt;</c> / <c>member remove &lt;address&gt;</c> (organiser): who
/// may approve rules. The id is the member's pseudonym (<see cref="Pseudonym"/>), never a PRM.
/// </summary>
public static class MemberCommand
{
    public static Command Create(IAnsiConsole console, Func<IexecOptions> options, Func<string, string?> environment)
    {
        var collective = CollectiveCommand.AddressOption();
        var member = new Argument<string>("address") { Description = "The member's wallet address." };
        var id = new Option<string>("--id") { Description = "The member's pseudonym (1–32 bytes, e.g. m01): the id of their files, never a PRM.", Required = true };
        var add = new Command("add", "Register a member (organiser only).") { member, id, collective };
        add.SetAction(async (parse, cancellationToken) =>
        {
            if (!TryAddress(console, parse.GetRequiredValue(member), out var address))
            {
                return ExitCodes.Usage;
            }

            if (!Pseudonym.TryEncode(parse.GetRequiredValue(id), out var pseudonym, out var problem))
            {
                console.MarkupLine($"[red]{Markup.Escape(problem)}[/]");
                return ExitCodes.Usage;
            }

            var contract = CollectiveAccess.ResolveAddress(parse.GetValue(collective), environment);
            using var access = await CollectiveAccess.OpenAsync(options(), () => AppCommand.AskPassword(console), cancellationToken);
            await access.Collective(contract).AddMemberAsync(address, pseudonym, cancellationToken);
            console.MarkupLine($"Member {address} added as [blue]{Markup.Escape(parse.GetRequiredValue(id))}[/] ({pseudonym}).");
            return ExitCodes.Ok;
        });
        var removed = new Argument<string>("address") { Description = "The member's wallet address." };
        var remove = new Command("remove", "Remove a member (organiser only); their approvals stop counting.") { removed, collective };
        remove.SetAction(async (parse, cancellationToken) =>
        {
            if (!TryAddress(console, parse.GetRequiredValue(removed), out var address))
            {
                return ExitCodes.Usage;
            }

            var contract = CollectiveAccess.ResolveAddress(parse.GetValue(collective), environment);
            using var access = await CollectiveAccess.OpenAsync(options(), () => AppCommand.AskPassword(console), cancellationToken);
            await access.Collective(contract).RemoveMemberAsync(address, cancellationToken);
            console.MarkupLine($"Member {address} removed.");
            return ExitCodes.Ok;
        });
        return new Command("member", "The collective's members (who approve the rules).") { add, remove };
    }

    internal static bool TryAddress(IAnsiConsole console, string text, out Address address)
    {
        if (Address.TryParse(text.ToLowerInvariant(), out address))
        {
            return true;
        }

        console.MarkupLine($"[red]'{Markup.Escape(text)}' is not an address (0x + 40 hex digits).[/]");
        return false;
    }
}
