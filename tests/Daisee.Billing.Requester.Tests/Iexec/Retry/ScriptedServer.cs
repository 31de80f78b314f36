using System.Collections.Concurrent;
using System.Net;
using System.Text;
using Daisee.Billing.Requester.Iexec.LocalStack;

namespace Daisee.Billing.Requester.Tests.Iexec.Retry;

/// <summary>
/// An HTTP server on 127.0.0.1 that answers each request with the next step of a script (status,
/// body, delay before answering), repeating the last step, and records every request body.
/// </summary>
internal sealed class ScriptedServer : IDisposable
{
    private readonly HttpListener _listener = new();
    private readonly Func<int, string, (int Status, string Body, TimeSpan Delay)> _script;
    private readonly Task _loop;
    private int _count;

    public ScriptedServer(Func<int, string, (int Status, string Body, TimeSpan Delay)> script)
    {
        _script = script;
        Address = new Uri($"http://127.0.0.1:{LoopbackPorts.Free()}/");
        _listener.Prefixes.Add(Address.ToString());
        _listener.Start();
        _loop = Task.Run(ServeAsync);
    }

    public Uri Address { get; }

    public ConcurrentQueue<string> Bodies { get; } = new();

    public int Count => _count;

    public void Dispose()
    {
        _listener.Close();
        try
        {
            _loop.Wait(TimeSpan.FromSeconds(5));
        }
        catch (AggregateException)
        {
        }
    }

    private async Task ServeAsync()
    {
        while (_listener.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync();
            }
            catch (Exception e) when (e is HttpListenerException or ObjectDisposedException or InvalidOperationException)
            {
                return;
            }

            _ = Task.Run(() => AnswerAsync(context));
        }
    }

    private async Task AnswerAsync(HttpListenerContext context)
    {
        using var reader = new StreamReader(context.Request.InputStream, Encoding.UTF8);
        var body = await reader.ReadToEndAsync();
        Bodies.Enqueue(body);
        var (status, answer, delay) = _script(Interlocked.Increment(ref _count), body);
        try
        {
            await Task.Delay(delay);
            var bytes = Encoding.UTF8.GetBytes(answer);
            context.Response.StatusCode = status;
            context.Response.ContentType = "application/json";
            await context.Response.OutputStream.WriteAsync(bytes);
            context.Response.Close();
        }
        catch (Exception e) when (e is HttpListenerException or ObjectDisposedException or InvalidOperationException)
        {
            // The client gave up on this try (a timeout): nothing to answer.
        }
    }
}
