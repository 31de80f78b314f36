using Daisee.Billing.Fuzz;
using SharpFuzz;

// Under AFL++ (scripts/fuzz.sh): each input arrives on the stream; an exception escaping
// ReaderTarget.Run is a crash. With file arguments (no fuzzer): runs each file once, to replay a crash.
if (args.Length > 0)
{
    foreach (var file in args)
    {
        ReaderTarget.Run(File.ReadAllBytes(file));
        Console.WriteLine($"ok {file}");
    }

    return;
}

Fuzzer.OutOfProcess.Run(stream =>
{
    using var copy = new MemoryStream();
    stream.CopyTo(copy);
    ReaderTarget.Run(copy.ToArray());
});
