using Daisee.Billing.Requester.Chain;
using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Daisee.Billing.Requester.Iexec;
using Daisee.Billing.Requester.Iexec.LocalStack;

namespace Daisee.Billing.Requester.Tests.Chain.Rpc;

/// <summary>
/// A throw-away anvil on 127.0.0.1 (chain id 31337, the default test mnemonic) for the
/// integration tests of the chain layer. Stopped (by its own process id) on dispose.
/// </summary>
internal sealed class AnvilNode : IAsyncDisposable
{
    private readonly Process _process;

    private AnvilNode(Process process, Uri endpoint)
    {
        _process = process;
        Endpoint = endpoint;
        Http = new HttpClient { Timeout = TimeSpan.FromSeconds(30) };
    }

    public Uri Endpoint { get; }

    public HttpClient Http { get; }

    /// <summary>The requester's chain client on this node.</summary>
    public ChainRpcNode Node { get; private set; } = null!;

    public AnvilRpc Anvil => new(Node);

    public static async Task<AnvilNode> StartAsync(CancellationToken cancellationToken, params string[] extraArguments)
    {
        var anvil = LocalTools.RequireAnvil();
        var port = FreePort();
        var start = new ProcessStartInfo(anvil) { UseShellExecute = false };
        foreach (var argument in new[] { "--host", "127.0.0.1", "--port", port.ToString(System.Globalization.CultureInfo.InvariantCulture), "--chain-id", "31337", "--silent" }.Concat(extraArguments))
        {
            start.ArgumentList.Add(argument);
        }

        var node = new AnvilNode(Process.Start(start)!, new Uri($"http://127.0.0.1:{port}/"));
        for (var attempt = 0; attempt < 200; attempt++)
        {
            try
            {
                node.Node = await ChainRpcNode.ConnectAsync(node.Endpoint, ChainNodeOptions.LocalNode, PocoAbi.All, cancellationToken);
                return node;
            }
            catch (HttpRequestException)
            {
                await Task.Delay(50, cancellationToken);
            }
        }

        await node.DisposeAsync();
        throw new InvalidOperationException("anvil did not answer within 10 s.");
    }

    public async ValueTask DisposeAsync()
    {
        Node?.Dispose();
        Http.Dispose();
        if (!_process.HasExited)
        {
            _process.Kill();
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
