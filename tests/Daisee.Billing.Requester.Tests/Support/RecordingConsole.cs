using Spectre.Console;

namespace Daisee.Billing.Requester.Tests.Support;

/// <summary>A real Spectre console writing plain text into a buffer, wide enough for the tables.</summary>
public sealed class RecordingConsole : IDisposable
{
    private readonly StringWriter _writer = new();

    public RecordingConsole()
    {
        Console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = AnsiSupport.No,
            ColorSystem = ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
            Out = new AnsiConsoleOutput(_writer),
        });
        Console.Profile.Width = 200;
    }

    public IAnsiConsole Console { get; }

    public string Text => _writer.ToString();

    public void Dispose() => _writer.Dispose();
}
