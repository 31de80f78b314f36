using Daisee.Billing.Requester.Commands;
using Spectre.Console;

var console = AnsiConsole.Console;
return await Cli.RunAsync(Cli.Create(console, Environment.GetEnvironmentVariable), args, console);
