using Encore.Web.Cli;

return await EncoreCli.Build().Parse(args).InvokeAsync();
