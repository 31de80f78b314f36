using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Daisee.Billing.Requester.Tests.Support;

/// <summary>
/// A loopback HTTP proxy in front of a JSON-RPC node that loses the connection the way a flaky network does:
/// it forwards every request until an <c>eth_sendRawTransaction</c> whose raw transaction holds
/// <c>trigger</c> (hex, e.g. a function selector) — that one reaches the node, then the connection is cut
/// before the answer, and every later request is cut too until <see cref="Heal"/>.
/// </summary>
public sealed class DroppingRpcProxy : IDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly HttpClient _http = new();
    private readonly CancellationTokenSource _stop = new();
    private readonly Uri _target;
    private readonly string _trigger;
    private volatile bool _cut;

    public DroppingRpcProxy(Uri target, string trigger)
    {
        (_target, _trigger) = (target, trigger);
        _listener.Start();
        Endpoint = new Uri($"http://127.0.0.1:{((IPEndPoint)_listener.LocalEndpoint).Port}/");
        _ = Task.Run(AcceptAsync);
    }

    public Uri Endpoint { get; }

    /// <summary>True once the triggering transaction went through and the connection was cut.</summary>
    public bool Tripped { get; private set; }

    /// <summary>Requests cut so far.</summary>
    public int Cuts { get; private set; }

    /// <summary>The network is back: requests are forwarded again.</summary>
    public void Heal() => _cut = false;

    public void Dispose()
    {
        _stop.Cancel();
        _listener.Stop();
        _http.Dispose();
        _stop.Dispose();
    }

    private async Task AcceptAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            TcpClient client;
            try
            {
                client = await _listener.AcceptTcpClientAsync(_stop.Token);
            }
            catch (Exception e) when (e is OperationCanceledException or SocketException or ObjectDisposedException)
            {
                return;
            }

            _ = Task.Run(() => ServeAsync(client));
        }
    }

    private async Task ServeAsync(TcpClient client)
    {
        using (client)
        {
            try
            {
                var stream = client.GetStream();
                var body = await ReadRequestBodyAsync(stream);
                if (_cut)
                {
                    Cut(client);
                    return;
                }

                using var content = new StringContent(body, Encoding.UTF8, "application/json");
                using var response = await _http.PostAsync(_target, content, _stop.Token);
                var answer = await response.Content.ReadAsByteArrayAsync(_stop.Token);
                if (body.Contains("eth_sendRawTransaction", StringComparison.Ordinal) && body.Contains(_trigger, StringComparison.OrdinalIgnoreCase))
                {
                    (_cut, Tripped) = (true, true);
                    Cut(client);
                    return;
                }

                var head = Encoding.ASCII.GetBytes($"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: {answer.Length}\r\nConnection: close\r\n\r\n");
                await stream.WriteAsync(head);
                await stream.WriteAsync(answer);
            }
            catch (Exception e) when (e is IOException or SocketException or OperationCanceledException or HttpRequestException or ObjectDisposedException)
            {
                // the requester went away, or the proxy is stopping
            }
        }
    }

    private void Cut(TcpClient client)
    {
        Cuts++;
        client.LingerState = new LingerOption(true, 0); // a reset, not a clean close: the answer is lost
        client.Client.Close();
    }

    private static async Task<string> ReadRequestBodyAsync(NetworkStream stream)
    {
        var buffer = new List<byte>();
        var chunk = new byte[8192];
        int headerEnd;
        while ((headerEnd = IndexOfHeaderEnd(buffer)) < 0)
        {
            var n = await stream.ReadAsync(chunk);
            if (n == 0)
            {
                throw new IOException("connection closed before the request headers");
            }

            buffer.AddRange(chunk.AsSpan(0, n));
        }

        var headers = Encoding.ASCII.GetString([.. buffer.Take(headerEnd)]);
        var length = headers.Split("\r\n").Where(h => h.StartsWith("Content-Length:", StringComparison.OrdinalIgnoreCase))
            .Select(h => int.Parse(h["Content-Length:".Length..].Trim(), System.Globalization.CultureInfo.InvariantCulture)).Single();
        while (buffer.Count < headerEnd + 4 + length)
        {
            var n = await stream.ReadAsync(chunk);
            if (n == 0)
            {
                throw new IOException("connection closed before the request body");
            }

            buffer.AddRange(chunk.AsSpan(0, n));
        }

        return Encoding.UTF8.GetString([.. buffer.Skip(headerEnd + 4).Take(length)]);
    }

    private static int IndexOfHeaderEnd(List<byte> buffer)
    {
        for (var i = 0; i + 3 < buffer.Count; i++)
        {
            if (buffer[i] == '\r' && buffer[i + 1] == '\n' && buffer[i + 2] == '\r' && buffer[i + 3] == '\n')
            {
                return i;
            }
        }

        return -1;
    }
}
