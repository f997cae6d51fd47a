// Command pulumi-language-nodejs is Clausier Guard's own, minimal Node.js language host for the
// Pulumi engine.
//
// Why it exists: Pulumi's language host is a separate Go module
// (github.com/pulumi/pulumi/sdk/nodejs/cmd/pulumi-language-nodejs/v3) with no release tags, and the
// Go module proxy that our machines can reach refuses every version of it (403 "This module version
// is not available"). Without a language host the CLI can run neither a Node.js program nor a
// Node.js policy pack nor a Node.js provider plugin. This host implements the part of the
// LanguageRuntime gRPC protocol those three need, by starting the scripts that @pulumi/pulumi ships
// for exactly this purpose (cmd/run, cmd/run-policy-pack, cmd/run-plugin), resolved from the
// program's own node_modules:
//
//   - Handshake, GetPluginInfo, About
//   - GetRequiredPlugins / GetRequiredPackages: the Pulumi resource packages ("pulumi": {"resource":
//     true}) reachable from the program's package.json dependencies
//   - Run: `node [nodeargs] <@pulumi/pulumi/cmd/run> --monitor ... <program>` with PULUMI_CONFIG
//   - RunPlugin: policy packs (`cmd/run-policy-pack <args> <dir>`) and Node.js resource plugins
//     (`cmd/run-plugin <dir> <args>`), streaming their stdout/stderr and exit code to the engine
//   - InstallDependencies: a no-op (the project installs its dependencies itself, offline)
//
// Everything else answers Unimplemented. Runtime options understood (Pulumi.yaml / PulumiPolicy.yaml /
// PulumiPlugin.yaml `runtime.options`): typescript (default true), tsconfig, nodeargs.
package main

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strings"
	"sync"
	"syscall"
	"time"

	pulumirpc "github.com/pulumi/pulumi/sdk/v3/proto/go"
	"google.golang.org/grpc"
	"google.golang.org/grpc/codes"
	"google.golang.org/grpc/status"
	"google.golang.org/protobuf/types/known/emptypb"
	"google.golang.org/protobuf/types/known/structpb"

	"github.com/pulumi/pulumi/sdk/v3/go/common/util/rpcutil"
)

// version is set at build time (-X main.version=...) to the Pulumi version it is built with.
var version = "v3.0.0-dev"

// Exit code with which @pulumi/pulumi's scripts say "the error was already shown to the user".
const exitAfterLoggedError = 32

func main() {
	engineAddress, tracing := parseArgs(os.Args[1:])
	nodeBin, err := exec.LookPath("node")
	if err != nil {
		fmt.Fprintf(os.Stderr, "pulumi-language-nodejs: could not find node on the $PATH: %v\n", err)
		os.Exit(1)
	}
	host := &nodeHost{nodeBin: nodeBin, engineAddress: engineAddress, tracing: tracing}
	handle, err := rpcutil.ServeWithOptions(rpcutil.ServeOptions{
		Init: func(s *grpc.Server) error {
			pulumirpc.RegisterLanguageRuntimeServer(s, host)
			return nil
		},
	})
	if err != nil {
		fmt.Fprintf(os.Stderr, "pulumi-language-nodejs: could not start the language host gRPC server: %v\n", err)
		os.Exit(1)
	}
	// The engine reads the port from our first line of stdout.
	fmt.Printf("%d\n", handle.Port)
	if err := <-handle.Done; err != nil {
		fmt.Fprintf(os.Stderr, "pulumi-language-nodejs: gRPC server stopped: %v\n", err)
		os.Exit(1)
	}
}

// parseArgs accepts what the engine passes to a language plugin: optional logging/tracing flags
// (--logtostderr, -v=N, --logflow, --tracing URL) then the engine address as the last positional.
func parseArgs(args []string) (engine, tracing string) {
	for i := 0; i < len(args); i++ {
		a := args[i]
		switch {
		case a == "-tracing" || a == "--tracing":
			if i+1 < len(args) {
				tracing = args[i+1]
				i++
			}
		case strings.HasPrefix(a, "-tracing=") || strings.HasPrefix(a, "--tracing="):
			tracing = a[strings.IndexByte(a, '=')+1:]
		case strings.HasPrefix(a, "-"):
			// other flags (-v=9, --logtostderr, --logflow, -root=...) carry no separate value
		default:
			engine = a
		}
	}
	return engine, tracing
}

type nodeHost struct {
	pulumirpc.UnimplementedLanguageRuntimeServer
	nodeBin       string
	tracing       string
	mu            sync.Mutex
	engineAddress string
}

func (h *nodeHost) engine() string {
	h.mu.Lock()
	defer h.mu.Unlock()
	return h.engineAddress
}

func (h *nodeHost) Handshake(_ context.Context, req *pulumirpc.LanguageHandshakeRequest) (*pulumirpc.LanguageHandshakeResponse, error) {
	h.mu.Lock()
	defer h.mu.Unlock()
	if req.GetEngineAddress() != "" {
		h.engineAddress = req.GetEngineAddress()
	}
	return &pulumirpc.LanguageHandshakeResponse{}, nil
}

func (h *nodeHost) GetPluginInfo(context.Context, *emptypb.Empty) (*pulumirpc.PluginInfo, error) {
	return &pulumirpc.PluginInfo{Version: strings.TrimPrefix(version, "v")}, nil
}

func (h *nodeHost) About(ctx context.Context, _ *pulumirpc.AboutRequest) (*pulumirpc.AboutResponse, error) {
	out, err := exec.CommandContext(ctx, h.nodeBin, "--version").Output()
	if err != nil {
		return nil, fmt.Errorf("running %s --version: %w", h.nodeBin, err)
	}
	return &pulumirpc.AboutResponse{
		Executable: h.nodeBin,
		Version:    strings.TrimPrefix(strings.TrimSpace(string(out)), "v"),
		Metadata:   map[string]string{"languageHost": "clausier-guard minimal pulumi-language-nodejs " + version},
	}, nil
}

// InstallDependencies is deliberately a no-op: dependencies are installed by the project (npm ci),
// offline; nothing is downloaded here.
func (h *nodeHost) InstallDependencies(*pulumirpc.InstallDependenciesRequest,
	grpc.ServerStreamingServer[pulumirpc.InstallDependenciesResponse],
) error {
	return nil
}

// ---------------------------------------------------------------------------------------------------
// Required plugins: Pulumi resource packages reachable from package.json dependencies.

type packageJSON struct {
	Name         string            `json:"name"`
	Version      string            `json:"version"`
	Dependencies map[string]string `json:"dependencies"`
	Pulumi       struct {
		Resource bool   `json:"resource"`
		Name     string `json:"name"`
		Version  string `json:"version"`
		Server   string `json:"server"`
	} `json:"pulumi"`
}

func readPackageJSON(path string) (*packageJSON, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	var p packageJSON
	if err := json.Unmarshal(b, &p); err != nil {
		return nil, fmt.Errorf("parsing %s: %w", path, err)
	}
	return &p, nil
}

// resolvePackageDir finds node_modules/<name> walking up from dir, as Node's resolution does.
func resolvePackageDir(dir, name string) (string, bool) {
	for d := dir; ; d = filepath.Dir(d) {
		cand := filepath.Join(d, "node_modules", filepath.FromSlash(name))
		if st, err := os.Stat(filepath.Join(cand, "package.json")); err == nil && !st.IsDir() {
			return cand, true
		}
		if parent := filepath.Dir(d); parent == d {
			return "", false
		}
	}
}

func pluginName(p *packageJSON) string {
	if p.Pulumi.Name != "" {
		return p.Pulumi.Name
	}
	n := p.Name
	if strings.HasPrefix(n, "@pulumi/") {
		return strings.TrimPrefix(n, "@pulumi/")
	}
	return strings.TrimPrefix(n, "@")
}

func requiredPackages(programDir string) ([]*pulumirpc.PackageDependency, error) {
	root, err := readPackageJSON(filepath.Join(programDir, "package.json"))
	if err != nil {
		if errors.Is(err, os.ErrNotExist) {
			return nil, nil
		}
		return nil, err
	}
	seen := map[string]bool{}
	found := map[string]*pulumirpc.PackageDependency{}
	var walk func(fromDir string, deps map[string]string)
	walk = func(fromDir string, deps map[string]string) {
		names := make([]string, 0, len(deps))
		for n := range deps {
			names = append(names, n)
		}
		sort.Strings(names)
		for _, n := range names {
			dir, ok := resolvePackageDir(fromDir, n)
			if !ok || seen[dir] {
				continue
			}
			seen[dir] = true
			p, err := readPackageJSON(filepath.Join(dir, "package.json"))
			if err != nil {
				continue
			}
			if p.Pulumi.Resource {
				v := p.Pulumi.Version
				if v == "" {
					v = p.Version
				}
				if v != "" && !strings.HasPrefix(v, "v") {
					v = "v" + v
				}
				name := pluginName(p)
				found[name+"@"+v] = &pulumirpc.PackageDependency{Name: name, Kind: "resource", Version: v, Server: p.Pulumi.Server}
			}
			walk(dir, p.Dependencies)
		}
	}
	walk(programDir, root.Dependencies)
	keys := make([]string, 0, len(found))
	for k := range found {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	out := make([]*pulumirpc.PackageDependency, 0, len(keys))
	for _, k := range keys {
		out = append(out, found[k])
	}
	return out, nil
}

func (h *nodeHost) GetRequiredPackages(_ context.Context, req *pulumirpc.GetRequiredPackagesRequest) (*pulumirpc.GetRequiredPackagesResponse, error) {
	pkgs, err := requiredPackages(req.GetInfo().GetProgramDirectory())
	if err != nil {
		return nil, err
	}
	return &pulumirpc.GetRequiredPackagesResponse{Packages: pkgs}, nil
}

func (h *nodeHost) GetRequiredPlugins(_ context.Context, req *pulumirpc.GetRequiredPluginsRequest) (*pulumirpc.GetRequiredPluginsResponse, error) {
	dir := req.GetInfo().GetProgramDirectory()
	if dir == "" {
		dir = req.GetProgram() //nolint:staticcheck // older engines
	}
	pkgs, err := requiredPackages(dir)
	if err != nil {
		return nil, err
	}
	plugins := make([]*pulumirpc.PluginDependency, 0, len(pkgs))
	for _, p := range pkgs {
		plugins = append(plugins, &pulumirpc.PluginDependency{Name: p.Name, Kind: p.Kind, Version: p.Version, Server: p.Server})
	}
	return &pulumirpc.GetRequiredPluginsResponse{Plugins: plugins}, nil
}

// ---------------------------------------------------------------------------------------------------
// Running programs and plugins.

type runtimeOptions struct {
	typescript bool
	tsconfig   string
	nodeargs   []string
}

func parseOptions(s *structpb.Struct) runtimeOptions {
	o := runtimeOptions{typescript: true}
	if s == nil {
		return o
	}
	m := s.AsMap()
	if v, ok := m["typescript"].(bool); ok {
		o.typescript = v
	}
	if v, ok := m["tsconfig"].(string); ok {
		o.tsconfig = v
	}
	if v, ok := m["nodeargs"].(string); ok {
		o.nodeargs = strings.Fields(v)
	}
	return o
}

// sdkScript resolves @pulumi/pulumi/cmd/<name> from dir, as `require` would.
func sdkScript(dir, name string) (string, error) {
	pkg, ok := resolvePackageDir(dir, "@pulumi/pulumi")
	if ok {
		script := filepath.Join(pkg, "cmd", name)
		if _, err := os.Stat(filepath.Join(script, "index.js")); err == nil {
			return script, nil
		}
	}
	return "", status.Errorf(codes.FailedPrecondition,
		"it looks like the Pulumi SDK has not been installed: no node_modules/@pulumi/pulumi/cmd/%s found from %s "+
			"(run npm install or npm ci)", name, dir)
}

func configJSON(m map[string]string) (string, error) {
	if m == nil {
		m = map[string]string{}
	}
	b, err := json.Marshal(m)
	return string(b), err
}

func (h *nodeHost) Run(ctx context.Context, req *pulumirpc.RunRequest) (*pulumirpc.RunResponse, error) {
	info := req.GetInfo()
	programDir := info.GetProgramDirectory()
	if programDir == "" {
		programDir = req.GetPwd()
	}
	opts := parseOptions(info.GetOptions())
	runScript, err := sdkScript(programDir, "run")
	if err != nil {
		return nil, err
	}
	args := append([]string{}, opts.nodeargs...)
	args = append(args, runScript)
	add := func(k, v string) {
		if v != "" {
			args = append(args, "--"+k, v)
		}
	}
	add("monitor", req.GetMonitorAddress())
	add("engine", h.engine())
	add("organization", req.GetOrganization())
	add("project", req.GetProject())
	add("stack", req.GetStack())
	add("pwd", req.GetPwd())
	add("root-directory", info.GetRootDirectory())
	if req.GetDryRun() {
		args = append(args, "--dry-run")
	}
	if req.GetQueryMode() {
		args = append(args, "--query-mode")
	}
	if req.GetParallel() > 0 {
		add("parallel", fmt.Sprint(req.GetParallel()))
	}
	add("tracing", h.tracing)
	entry := info.GetEntryPoint()
	if entry == "" {
		entry = "."
	}
	args = append(args, entry)
	args = append(args, req.GetArgs()...)

	cfg, err := configJSON(req.GetConfig())
	if err != nil {
		return nil, fmt.Errorf("serializing the stack configuration: %w", err)
	}
	secretKeys, err := json.Marshal(req.GetConfigSecretKeys())
	if err != nil {
		return nil, err
	}
	env := append(os.Environ(),
		"PULUMI_CONFIG="+cfg,
		"PULUMI_CONFIG_SECRET_KEYS="+string(secretKeys),
		fmt.Sprintf("PULUMI_NODEJS_TYPESCRIPT=%t", opts.typescript),
	)
	if opts.tsconfig != "" {
		env = append(env, "PULUMI_NODEJS_TSCONFIG_PATH="+opts.tsconfig)
	}

	cmd := exec.CommandContext(ctx, h.nodeBin, args...)
	cmd.Dir = programDir
	if req.GetPwd() != "" {
		cmd.Dir = req.GetPwd()
	}
	cmd.Env = env
	cmd.Stdout = os.Stdout
	cmd.Stderr = os.Stderr
	setProcessGroup(cmd)
	if err := cmd.Run(); err != nil {
		var exitErr *exec.ExitError
		if errors.As(err, &exitErr) {
			code := exitErr.ExitCode()
			if code == exitAfterLoggedError {
				return &pulumirpc.RunResponse{Bail: true}, nil
			}
			return &pulumirpc.RunResponse{Error: fmt.Sprintf("Program exited with non-zero exit code: %d", code)}, nil
		}
		return &pulumirpc.RunResponse{Error: fmt.Sprintf("Problem executing program (could not run %s): %v", h.nodeBin, err)}, nil
	}
	return &pulumirpc.RunResponse{}, nil
}

func (h *nodeHost) RunPlugin(req *pulumirpc.RunPluginRequest, stream grpc.ServerStreamingServer[pulumirpc.RunPluginResponse]) error {
	info := req.GetInfo()
	dir := info.GetProgramDirectory()
	if dir == "" {
		dir = req.GetProgram()
	}
	opts := parseOptions(info.GetOptions())
	args := append([]string{}, opts.nodeargs...)
	switch req.GetKind() {
	case "analyzer":
		script, err := sdkScript(dir, "run-policy-pack")
		if err != nil {
			return err
		}
		// usage: run-policy-pack <engine-address> <program>
		args = append(args, script)
		args = append(args, req.GetArgs()...)
		args = append(args, dir)
	default: // resource, converter, tool plugins
		script, err := sdkScript(dir, "run-plugin")
		if err != nil {
			return err
		}
		// usage: run-plugin <program> <program args...>
		args = append(args, script, dir)
		args = append(args, req.GetArgs()...)
	}

	env := req.GetEnv()
	if len(env) == 0 {
		env = os.Environ()
	}
	env = append(append([]string{}, env...), fmt.Sprintf("PULUMI_NODEJS_TYPESCRIPT=%t", opts.typescript))

	ctx := stream.Context()
	cmd := exec.CommandContext(ctx, h.nodeBin, args...)
	// Run in the plugin's own folder, not in the program's (req.Pwd): @pulumi/pulumi's run-policy-pack
	// and run-plugin load `tsconfig.json` from the working directory, and a program's tsconfig must
	// not decide how a policy pack or a provider is compiled.
	cmd.Dir = dir
	cmd.Env = env
	setProcessGroup(cmd)
	stdout, err := cmd.StdoutPipe()
	if err != nil {
		return err
	}
	stderr, err := cmd.StderrPipe()
	if err != nil {
		return err
	}
	if err := cmd.Start(); err != nil {
		return status.Errorf(codes.Internal, "could not start %s: %v", h.nodeBin, err)
	}

	var sendMu sync.Mutex
	send := func(r *pulumirpc.RunPluginResponse) {
		sendMu.Lock()
		defer sendMu.Unlock()
		_ = stream.Send(r)
	}
	var wg sync.WaitGroup
	pump := func(r io.Reader, wrap func([]byte) *pulumirpc.RunPluginResponse) {
		defer wg.Done()
		buf := make([]byte, 32*1024)
		for {
			n, err := r.Read(buf)
			if n > 0 {
				send(wrap(append([]byte(nil), buf[:n]...)))
			}
			if err != nil {
				return
			}
		}
	}
	wg.Add(2)
	go pump(stdout, func(b []byte) *pulumirpc.RunPluginResponse {
		return &pulumirpc.RunPluginResponse{Output: &pulumirpc.RunPluginResponse_Stdout{Stdout: b}}
	})
	go pump(stderr, func(b []byte) *pulumirpc.RunPluginResponse {
		return &pulumirpc.RunPluginResponse{Output: &pulumirpc.RunPluginResponse_Stderr{Stderr: b}}
	})
	wg.Wait()
	code := int32(0)
	if err := cmd.Wait(); err != nil {
		var exitErr *exec.ExitError
		if errors.As(err, &exitErr) {
			code = int32(exitErr.ExitCode())
		} else {
			code = -1
		}
	}
	send(&pulumirpc.RunPluginResponse{Output: &pulumirpc.RunPluginResponse_Exitcode{Exitcode: code}})
	return nil
}

// setProcessGroup makes cancellation kill node and anything it started.
func setProcessGroup(cmd *exec.Cmd) {
	cmd.SysProcAttr = &syscall.SysProcAttr{Setpgid: true}
	cmd.Cancel = func() error {
		if cmd.Process == nil {
			return nil
		}
		return syscall.Kill(-cmd.Process.Pid, syscall.SIGKILL)
	}
	cmd.WaitDelay = 5 * time.Second
}
