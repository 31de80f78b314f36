using System.CommandLine;
using System.Globalization;
using System.Numerics;
using Daisee.Billing.Requester.Chain;
using Daisee.Billing.Requester.Iexec;
using Spectre.Console;

namespace Daisee.Billing.Requester.Commands;

/// <summary>
/// <c>account show|deposit &lt;nRLC&gt;</c>: the wallet's RLC and its iExec escrow (what tasks are paid
/// from). Amounts are nRLC (1 RLC = 10^9 nRLC), as on chain.
/// </summary>
public static class AccountCommand
{
    public static Command Create(IAnsiConsole console, Func<IexecOptions> options)
    {
        var show = new Command("show", "The wallet's RLC and its escrow (stake, locked).");
        show.SetAction(async (_, cancellationToken) =>
        {
            var (poco, key) = await options().ConnectSignerAsync(IexecHttp.Client, () => AppCommand.AskPassword(console), cancellationToken);
            await PrintAsync(console, poco, key.Address, cancellationToken);
            return ExitCodes.Ok;
        });
        var amount = new Argument<string>("amount") { Description = "nRLC to move from the wallet into the escrow (1 RLC = 1000000000)." };
        var deposit = new Command("deposit", "Move RLC from the wallet into the iExec escrow (approve + deposit).") { amount };
        deposit.SetAction(async (parse, cancellationToken) =>
        {
            var text = parse.GetRequiredValue(amount);
            if (!BigInteger.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var nrlc) || nrlc.IsZero)
            {
                console.MarkupLine($"[red]The amount is a positive whole number of nRLC; got '{Markup.Escape(text)}'.[/]");
                return ExitCodes.Usage;
            }

            var (poco, key) = await options().ConnectSignerAsync(IexecHttp.Client, () => AppCommand.AskPassword(console), cancellationToken);
            await poco.DepositAsync(key, nrlc, cancellationToken);
            console.MarkupLine($"Deposited {Rlc(nrlc)}.");
            await PrintAsync(console, poco, key.Address, cancellationToken);
            return ExitCodes.Ok;
        });
        return new Command("account", "The wallet's RLC and iExec escrow.") { show, deposit };
    }

    /// <summary>An nRLC amount as "1.5 RLC (1500000000 nRLC)".</summary>
    public static string Rlc(BigInteger nrlc)
    {
        var (whole, fraction) = BigInteger.DivRem(nrlc, 1_000_000_000);
        var decimals = fraction.ToString("D9", CultureInfo.InvariantCulture).TrimEnd('0');
        var rlc = decimals.Length == 0 ? whole.ToString(CultureInfo.InvariantCulture) : string.Create(CultureInfo.InvariantCulture, $"{whole}.{decimals}");
        return string.Create(CultureInfo.InvariantCulture, $"{rlc} RLC ({nrlc} nRLC)");
    }

    private static async Task PrintAsync(IAnsiConsole console, PocoClient poco, Chain.Address account, CancellationToken cancellationToken)
    {
        var wallet = await poco.BalanceOfAsync(account, cancellationToken);
        var (stake, locked) = await poco.ViewAccountAsync(account, cancellationToken);
        console.MarkupLine($"Account [blue]{account}[/]");
        console.MarkupLine($"  wallet: {Rlc(wallet)}");
        console.MarkupLine($"  escrow: {Rlc(stake)} available, {Rlc(locked)} locked by running deals");
    }
}
