// Each test runs several worker processes, with timings in real seconds, on machines that may have two cores: tests
// running side by side would starve each other's processes and turn timings into flakiness.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
