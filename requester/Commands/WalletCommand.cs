using System.CommandLine;
using Daisee.Billing.Requester.Chain;
using Nethereum.Signer;
using Daisee.Billing.Requester.Chain.Wallet;
using Daisee.Billing.Requester.Iexec;
using Spectre.Console;

namespace Daisee.Billing.Requester.Commands;

/// <summary>
/// <c>wallet create|import|show</c>: the provider's Ethereum account as a v3 keystore (readable by
/// the iExec SDK, geth and cast). The password comes from DAISEE_WALLET_PASSWORD or is asked;
/// a private key is never printed.
/// </summary>
public static class WalletCommand
{
    public static Command Create(IAnsiConsole console, Func<string, string?> environment)
    {
        var path = new Option<string?>("--wallet") { Description = "The keystore file (default: $DAISEE_WALLET or ~/.daisee/wallet.json)." };
        var light = new Option<bool>("--light") { Description = "A faster, weaker key derivation (scrypt n=4096): only for throwaway test keys." };
        var keyFile = new Option<string?>("--key-file") { Description = "A file holding the 0x private key to import (else it is asked, hidden)." };

        var create = new Command("create", "Create a new account and save it encrypted.") { path, light };
        create.SetAction(parse => Save(console, environment, parse.GetValue(path), ChainKeys.Generate(), parse.GetValue(light)));
        var import = new Command("import", "Import an existing private key, encrypted.") { path, light, keyFile };
        import.SetAction(parse =>
        {
            var hex = parse.GetValue(keyFile) is { } file ? File.ReadAllText(file).Trim() : console.Prompt(new TextPrompt<string>("Private key (0x…):").Secret());
            EthECKey key;
            try
            {
                key = ChainKeys.FromHex(hex);
            }
            catch (Exception e) when (e is FormatException or ArgumentException or System.Security.Cryptography.CryptographicException)
            {
                console.MarkupLine("[red]That is not a secp256k1 private key (32 bytes, 0x + 64 hex digits).[/]");
                return ExitCodes.Usage;
            }

            return Save(console, environment, parse.GetValue(path), key, parse.GetValue(light));
        });
        var show = new Command("show", "Show the account's address (asks the password only for a keystore that does not state it).") { path };
        show.SetAction(parse =>
        {
            var file = WalletFile.Resolve(parse.GetValue(path), environment);
            var address = WalletFile.ReadAddress(file, () => environment(WalletFile.PasswordVariable) ?? console.Prompt(new TextPrompt<string>("Wallet password:").Secret()));
            console.MarkupLine($"Address: [blue]{address}[/]");
            console.MarkupLine($"Keystore: {Markup.Escape(Path.GetFullPath(file))}");
            return ExitCodes.Ok;
        });
        return new Command("wallet", "The provider's Ethereum account (keystore v3).") { create, import, show };
    }

    private static int Save(IAnsiConsole console, Func<string, string?> environment, string? given, EthECKey key, bool light)
    {
        var file = WalletFile.Resolve(given, environment);
        var password = environment(WalletFile.PasswordVariable) ?? AskNewPassword(console);
        var address = WalletFile.Save(file, key, password, light ? KeystoreOptions.Light : KeystoreOptions.Standard);
        console.MarkupLine($"Wallet [blue]{address}[/] saved to {Markup.Escape(Path.GetFullPath(file))}.");
        console.MarkupLine("Keep a copy of this file and its password: without both, the account and its RLC are lost.");
        return ExitCodes.Ok;
    }

    private static string AskNewPassword(IAnsiConsole console)
    {
        while (true)
        {
            var first = console.Prompt(new TextPrompt<string>("New wallet password:").Secret());
            if (first == console.Prompt(new TextPrompt<string>("Repeat it:").Secret()))
            {
                return first;
            }

            console.MarkupLine("[red]The two passwords differ; try again.[/]");
        }
    }
}
