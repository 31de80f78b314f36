using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Daisee.Billing.Requester.Tests.Iexec.LocalStack;

/// <summary>
/// A real anvil node on 127.0.0.1 and a free port, installed by scripts/setup.d/40-chain.sh when
/// missing. Chain id 31337, the standard test mnemonic (accounts #0…#9 funded with ETH).
/// </summary>
public sealed class AnvilProcess : IDisposable
{
    private readonly Process _process;

    private AnvilProcess(Process process, Uri endpoint)
    {
        _process = process;
        Endpoint = endpoint;
    }

    public Uri Endpoint { get; }

    public static string RepositoryRoot { get; } = FindRoot();

    public static string AnvilPath => Path.Combine(RepositoryRoot, ".tools/node/node_modules/@foundry-rs/anvil-linux-amd64/bin/anvil");

    /// <summary>Installs the node tools and PoCo when missing; false when that is impossible here.</summary>
    public static bool EnsureInstalled(out string problem)
    {
        problem = string.Empty;
        if (File.Exists(AnvilPath) && File.Exists(Path.Combine(RepositoryRoot, ".tools/poco/package/package.json")))
        {
            return true;
        }

        var start = new ProcessStartInfo("bash", [Path.Combine(RepositoryRoot, "scripts/setup.d/40-chain.sh")])
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
        };
        using var setup = Process.Start(start)!;
        var error = setup.StandardError.ReadToEnd();
        setup.WaitForExit();
        problem = $"scripts/setup.d/40-chain.sh failed ({setup.ExitCode}): {error}";
        return setup.ExitCode == 0 && File.Exists(AnvilPath);
    }

    public static async Task<AnvilProcess> StartAsync(CancellationToken cancellationToken)
    {
        var port = FreePort();
        var start = new ProcessStartInfo(AnvilPath, ["--host", "127.0.0.1", "--port", port.ToString(System.Globalization.CultureInfo.InvariantCulture), "--chain-id", "31337", "--silent"])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        var process = Process.Start(start) ?? throw new InvalidOperationException("anvil did not start.");
        var endpoint = new Uri($"http://127.0.0.1:{port}/");
        using var http = new HttpClient();
        for (var attempt = 0; attempt < 100; attempt++)
        {
            try
            {
                using var body = new StringContent("""{"jsonrpc":"2.0","id":1,"method":"eth_chainId","params":[]}""", System.Text.Encoding.UTF8, "application/json");
                using var response = await http.PostAsync(endpoint, body, cancellationToken);
                if (response.IsSuccessStatusCode)
                {
                    return new AnvilProcess(process, endpoint);
                }
            }
            catch (HttpRequestException)
            {
                await Task.Delay(100, cancellationToken);
            }
        }

        process.Kill();
        process.Dispose();
        throw new InvalidOperationException($"anvil did not answer on {endpoint} within 10 s.");
    }

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            _process.Kill();
            _process.WaitForExit();
        }

        _process.Dispose();
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static string FindRoot()
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "Daisee.Billing.sln")))
        {
            folder = folder.Parent;
        }

        return folder?.FullName ?? throw new DirectoryNotFoundException("Daisee.Billing.sln not found above the test binaries.");
    }
}
