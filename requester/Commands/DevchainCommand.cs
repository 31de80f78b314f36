using System.CommandLine;
using Daisee.Billing.Requester.Iexec;
using Daisee.Billing.Requester.Iexec.LocalStack;
using Spectre.Console;

namespace Daisee.Billing.Requester.Commands;

/// <summary>
/// <c>devchain up [--port 8545] [--state-dir .tools/devchain]</c>: the local iExec stack outside the tests
/// (<see cref="LocalDevchain"/>), serving as the workerpool until Ctrl+C. Installs nothing: run
/// scripts/setup.d/40-chain.sh first. Refused while another devchain holds the port or the state folder (<see cref="DevchainLock"/>).
/// </summary>
public static class DevchainCommand
{
    public static Command Create(IAnsiConsole console)
    {
        var port = new Option<int>("--port") { Description = "anvil's port on 127.0.0.1.", DefaultValueFactory = _ => 8545 };
        port.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<int>() is < 1 or > 65535)
            {
                r.AddError("--port must be between 1 and 65535.");
            }
        });
        var state = new Option<string>("--state-dir") { Description = "Where chain.json, the keystore, datasets and env.sh go.", DefaultValueFactory = _ => Path.Combine(".tools", "devchain") };
        var up = new Command("up", "Start anvil on 127.0.0.1, deploy PoCo, create the Daisee app and a workerpool, fund a requester, write env.sh, then run the workerpool until Ctrl+C.") { port, state };
        up.SetAction((parse, cancellationToken) => UpAsync(console, parse.GetValue(port), parse.GetRequiredValue(state), cancellationToken));
        return new Command("devchain", "The local iExec stack (anvil + PoCo + a local workerpool) for trying --runner iexec without a real chain.") { up };
    }

    /// <summary>Runs <c>devchain up</c> until <paramref name="cancellationToken"/> is cancelled; anvil is stopped on return.</summary>
    public static async Task<int> UpAsync(IAnsiConsole console, int port, string stateFolder, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(console);
        DevchainLock held;
        try
        {
            held = DevchainLock.Acquire(stateFolder, port);
        }
        catch (InvalidOperationException e)
        {
            console.MarkupLine($"[red]{Markup.Escape(e.Message)}[/]");
            return ExitCodes.Failure;
        }

        using var devchainLock = held;
        foreach (var message in held.TakenOver)
        {
            console.MarkupLine(Markup.Escape(message));
        }

        // The locks are held until the end: env.sh is only ever written for the anvil this process started.
        using var devchain = await LocalDevchain.StartAsync(port, stateFolder, console, IexecHttp.Client, cancellationToken);
        await devchain.ServeAsync(cancellationToken);
        return ExitCodes.Ok;
    }
}
