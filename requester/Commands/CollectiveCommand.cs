using System.CommandLine;
using System.Text.Json;
using Daisee.Billing.Requester.Chain;
using Daisee.Billing.Requester.Governance;
using Daisee.Billing.Requester.Iexec;
using Daisee.Billing.Worker.Ingest;
using Spectre.Console;

namespace Daisee.Billing.Requester.Commands;

/// <summary>
/// <c>collective deploy|show</c>: deploys the collective's <c>DaiseeCollective</c> contract from the wallet
/// (which becomes its organiser) and shows it. The other governance verbs (<see cref="MemberCommand"/>,
/// <see cref="RulesCommand"/>, <see cref="AnchorCommand"/>) find it through <c>--collective</c> or
/// <see cref="CollectiveAccess.AddressVariable"/>.
/// </summary>
public static class CollectiveCommand
{
    public static Command Create(IAnsiConsole console, Func<IexecOptions> options, Func<string, string?> environment)
    {
        var deploy = new Command("deploy", "Deploy the collective's governance contract; the wallet becomes its organiser.");
        deploy.SetAction(async (_, cancellationToken) =>
        {
            using var access = await CollectiveAccess.OpenAsync(options(), () => AppCommand.AskPassword(console), cancellationToken);
            var collective = await DaiseeCollectiveClient.DeployAsync(access.Node, access.Key, CollectiveArtifacts.Embedded(), cancellationToken);
            console.MarkupLine($"Collective [blue]{collective.Contract}[/] deployed, organiser {access.Key.Address}.");
            console.MarkupLine($"Set {CollectiveAccess.AddressVariable}={collective.Contract} for the member, rules, anchor, bill and verify verbs.");
            return ExitCodes.Ok;
        });
        var address = AddressOption();
        var show = new Command("show", "The collective's organiser and members (address and pseudonym).") { address };
        show.SetAction(async (parse, cancellationToken) =>
        {
            var contract = CollectiveAccess.ResolveAddress(parse.GetValue(address), environment);
            using var access = await CollectiveAccess.OpenAsync(options(), null, cancellationToken);
            var collective = access.Collective(contract);
            console.MarkupLine($"Collective [blue]{contract}[/], organiser {await collective.OrganiserAsync(cancellationToken)}");
            foreach (var member in await collective.MembersAsync(cancellationToken))
            {
                console.MarkupLine($"  member {member} {Markup.Escape(Pseudonym.Decode(await collective.MemberIdAsync(member, cancellationToken)))}");
            }

            return ExitCodes.Ok;
        });
        return new Command("collective", "The collective's governance contract (members, rules, anchored months).") { deploy, show };
    }

    /// <summary><c>--collective &lt;address&gt;</c>, shared by the governance verbs.</summary>
    internal static Option<string?> AddressOption() =>
        new("--collective") { Description = $"The DaiseeCollective contract (default: ${CollectiveAccess.AddressVariable})." };

    /// <summary>The rules hash of <c>&lt;dataset&gt;/collective.json</c>, computed as the worker does (<see cref="RulesHash"/>).</summary>
    internal static Hash32 RulesHashOf(string dataset)
    {
        var path = Path.Combine(dataset, "collective.json");
        if (!File.Exists(path))
        {
            throw new InvalidOperationException($"No collective.json in {dataset}.");
        }

        try
        {
            using var document = JsonDocument.Parse(File.ReadAllBytes(path));
            return Hash32.Parse("0x" + RulesHash.Compute(document.RootElement));
        }
        catch (JsonException e)
        {
            throw new InvalidOperationException($"{path}: line {e.LineNumber + 1}: not valid JSON ({e.Message}).", e);
        }
    }
}
