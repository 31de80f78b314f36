using System.Diagnostics;
using System.Globalization;

namespace Daisee.Billing.Requester.Iexec.LocalStack;

/// <summary>
/// A real anvil node on 127.0.0.1 (never another address), chain id 31337, the standard test mnemonic
/// (accounts #0…#9 funded with ETH). anvil and the PoCo artifacts are installed under <c>.tools/</c> by
/// scripts/setup.d/40-chain.sh; this class installs nothing.
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

    /// <summary>The clone's root (the folder holding Daisee.Billing.sln), from the current directory or the binaries.</summary>
    public static string RepositoryRoot => FindRoot(Directory.GetCurrentDirectory()) ?? FindRoot(AppContext.BaseDirectory)
        ?? throw new InvalidOperationException("Daisee.Billing.sln not found above the current directory: run from a clone of the repository.");

    public static string AnvilPath => Path.Combine(RepositoryRoot, ".tools/node/node_modules/@foundry-rs/anvil-linux-amd64/bin/anvil");

    public static string SetupScript => Path.Combine(RepositoryRoot, "scripts/setup.d/40-chain.sh");

    /// <summary>True when anvil and the PoCo artifacts are under <c>.tools/</c>.</summary>
    public static bool IsInstalled =>
        File.Exists(AnvilPath) && File.Exists(Path.Combine(RepositoryRoot, PocoPackage.RelativeFolder, "package.json"));

    /// <summary>Starts anvil on 127.0.0.1:<paramref name="port"/> and waits (10 s at most) until it answers.</summary>
    public static async Task<AnvilProcess> StartAsync(int port, CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo(AnvilPath, ["--host", "127.0.0.1", "--port", port.ToString(CultureInfo.InvariantCulture), "--chain-id", "31337", "--silent"])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        var process = Process.Start(start) ?? throw new InvalidOperationException("anvil did not start.");
        var anvil = new AnvilProcess(process, new Uri($"http://127.0.0.1:{port}/"));
        try
        {
            await anvil.WaitReadyAsync(cancellationToken);
            return anvil;
        }
        catch
        {
            anvil.Dispose();
            throw;
        }
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

    private async Task WaitReadyAsync(CancellationToken cancellationToken)
    {
        using var http = new HttpClient();
        for (var attempt = 0; attempt < 100; attempt++)
        {
            if (_process.HasExited)
            {
                var error = await _process.StandardError.ReadToEndAsync(cancellationToken);
                throw new InvalidOperationException($"anvil exited ({_process.ExitCode}) on {Endpoint}: {error.Trim()}");
            }

            try
            {
                using var body = new StringContent("""{"jsonrpc":"2.0","id":1,"method":"eth_chainId","params":[]}""", System.Text.Encoding.UTF8, "application/json");
                using var response = await http.PostAsync(Endpoint, body, cancellationToken);
                if (response.IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // not listening yet
            }

            await Task.Delay(100, cancellationToken);
        }

        throw new InvalidOperationException($"anvil did not answer on {Endpoint} within 10 s.");
    }

    private static string? FindRoot(string start)
    {
        for (var folder = new DirectoryInfo(start); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "Daisee.Billing.sln")))
            {
                return folder.FullName;
            }
        }

        return null;
    }
}
