using System.Net.Sockets;
using System.Text;
using Daisee.Billing.Requester.Iexec.LocalStack;

namespace Daisee.Billing.Requester.Tests.Iexec.LocalStack;

/// <summary>
/// The local stack's file server keeps HTTP/1.1 connections alive after a response: a client that has
/// not finished consuming a large body (the iExec SDK piping a result to disk) must never see the
/// server hang up first. Checked on a raw socket: two requests in a row on one connection, each body
/// compared byte for byte with what was published.
/// </summary>
public sealed class LoopbackFileServerTests
{
    [Test]
    public async Task TwoRequestsOnOneConnection_BothBodiesWhole_ConnectionStillOpen()
    {
        using var server = new LoopbackFileServer();
        var large = new byte[455_448];
        new Random(7).NextBytes(large);
        server.Put("/ipfs/result", large);
        server.Put("/small", Encoding.ASCII.GetBytes("ok"));
        using var client = new TcpClient();
        await client.ConnectAsync("127.0.0.1", server.BaseAddress.Port);
        var stream = client.GetStream();

        var first = await RequestAsync(stream, "/ipfs/result");
        var second = await RequestAsync(stream, "/small");

        Assert.That(first, Is.EqualTo(large), "the whole first body");
        Assert.That(Encoding.ASCII.GetString(second), Is.EqualTo("ok"), "a second request answered on the same connection");
    }

    private static async Task<byte[]> RequestAsync(NetworkStream stream, string path)
    {
        await stream.WriteAsync(Encoding.ASCII.GetBytes($"GET {path} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: keep-alive\r\n\r\n"));
        var header = new List<byte>();
        while (header.Count < 4 || !(header[^4] == '\r' && header[^3] == '\n' && header[^2] == '\r' && header[^1] == '\n'))
        {
            var b = stream.ReadByte();
            Assert.That(b, Is.Not.EqualTo(-1), "the server closed the connection before the headers: " + Encoding.ASCII.GetString([.. header]));
            header.Add((byte)b);
        }

        var text = Encoding.ASCII.GetString([.. header]);
        Assert.That(text, Does.StartWith("HTTP/1.1 200"));
        Assert.That(text, Does.Not.Contain("Connection: close"));
        var length = int.Parse(text.Split("\r\n").Single(l => l.StartsWith("Content-Length:", StringComparison.OrdinalIgnoreCase))["Content-Length:".Length..].Trim(), System.Globalization.CultureInfo.InvariantCulture);
        var body = new byte[length];
        await stream.ReadExactlyAsync(body);
        return body;
    }
}
