using Conduit.Connector.Samples.Pipeline;

return await PipelineCommand.RunAsync(args);
