using System.CommandLine;
using Daisee.Billing.Requester.Chain;
using Daisee.Billing.Requester.Iexec;
using Spectre.Console;

namespace Daisee.Billing.Requester.Commands;

/// <summary>
/// <c>app publish --image &lt;ref&gt; --checksum &lt;sha256 digest&gt;</c>: registers the Daisee Docker app in the
/// hub's app registry from the wallet (idempotent: the same values give the same address). The app
/// order is then published on the market with the iExec SDK (docs/iexec.md).
/// </summary>
public static class AppCommand
{
    public static Command Create(IAnsiConsole console, Func<IexecOptions> options)
    {
        var image = new Option<string>("--image") { Description = "The pushed image reference, e.g. docker.io/daisee/billing:1.0.0.", Required = true };
        var checksum = new Option<string>("--checksum") { Description = "The image digest: 0x + the 64 hex digits of sha256:… (docker inspect RepoDigests).", Required = true };
        var name = new Option<string>("--name") { Description = "The app's name on chain.", DefaultValueFactory = _ => "daisee-billing-worker" };
        var publish = new Command("publish", "Register the Daisee app on the chain (owner: the wallet).") { image, checksum, name };
        publish.SetAction(async (parse, cancellationToken) =>
        {
            var text = parse.GetRequiredValue(checksum).Replace("sha256:", "0x", StringComparison.Ordinal);
            if (!Hash32.TryParse(text, out var digest))
            {
                console.MarkupLine($"[red]--checksum must be the image digest (sha256:… or 0x…, 64 hex digits); got '{Markup.Escape(text)}'.[/]");
                return ExitCodes.Usage;
            }

            var (poco, key) = await options().ConnectSignerAsync(IexecHttp.Client, () => AskPassword(console), cancellationToken);
            var app = await poco.CreateAppAsync(key, parse.GetRequiredValue(name), parse.GetRequiredValue(image), digest, cancellationToken);
            console.MarkupLine($"App [blue]{app}[/] registered, owner {key.Address}. Set DAISEE_APP={app} for bill --runner iexec.");
            return ExitCodes.Ok;
        });
        return new Command("app", "The Daisee iExec app.") { publish };
    }

    internal static string AskPassword(IAnsiConsole console) => console.Prompt(new TextPrompt<string>("Wallet password:").Secret());
}
