using System.Collections.Immutable;
using System.Text;

namespace Daisee.Billing.Requester.Runners;

/// <summary>
/// <c>iexec_args</c>, the request's argument string, as an iExec worker turns it into the app
/// container's Cmd (Maven <c>CommandLineUtils.translateCommandline</c>): only the space (0x20)
/// separates words, tab and newline do not; <c>'…'</c> and <c>"…"</c> group words; there is no
/// backslash escape; an empty word is dropped; an unbalanced quote gives no arguments at all.
/// </summary>
public static class IexecArgs
{
    public static ImmutableArray<string> Split(string? iexecArgs)
    {
        if (string.IsNullOrEmpty(iexecArgs))
        {
            return [];
        }

        var words = ImmutableArray.CreateBuilder<string>();
        var current = new StringBuilder();
        char? quote = null;
        foreach (var c in iexecArgs)
        {
            if (quote is not null)
            {
                if (c == quote)
                {
                    quote = null;
                }
                else
                {
                    current.Append(c);
                }
            }
            else if (c is '\'' or '"')
            {
                quote = c;
            }
            else if (c == ' ')
            {
                Flush(words, current);
            }
            else
            {
                current.Append(c);
            }
        }

        if (quote is not null)
        {
            return [];
        }

        Flush(words, current);
        return words.ToImmutable();
    }

    /// <summary>
    /// The <c>iexec_args</c> string that <see cref="Split"/> turns back into <paramref name="arguments"/>:
    /// a word with a space or a quote is wrapped in the other kind of quote.
    /// </summary>
    /// <exception cref="ArgumentException">A word is empty or holds both kinds of quote: iExec cannot pass it.</exception>
    public static string Join(IEnumerable<string> arguments)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        return string.Join(' ', arguments.Select(Quote));
    }

    private static string Quote(string word)
    {
        if (word.Length == 0)
        {
            throw new ArgumentException("iexec_args cannot carry an empty argument.", nameof(word));
        }

        var hasDouble = word.Contains('"', StringComparison.Ordinal);
        var hasSingle = word.Contains('\'', StringComparison.Ordinal);
        if (hasDouble && hasSingle)
        {
            throw new ArgumentException($"iexec_args cannot carry an argument with both kinds of quote: {word}", nameof(word));
        }

        if (!hasDouble && !hasSingle && !word.Contains(' ', StringComparison.Ordinal))
        {
            return word;
        }

        return hasDouble ? $"'{word}'" : $"\"{word}\"";
    }

    private static void Flush(ImmutableArray<string>.Builder words, StringBuilder current)
    {
        if (current.Length > 0)
        {
            words.Add(current.ToString());
            current.Clear();
        }
    }
}
