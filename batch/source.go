package batch

import (
	"errors"
	"fmt"
	"io/fs"
	"iter"
	"os"
	"path/filepath"
	"strings"

	"github.com/newsclean/clean/fetch"
)

// Source is one input of a run: a file, a URL or standard input.
type Source struct {
	// Name is how the input is shown to the user: the path as walked, the
	// URL, or "-" for standard input.
	Name string
	// Path is the file to read; empty for a URL or standard input.
	Path string
	// URL is the page to fetch; empty for a file.
	URL string
	// Rel is where the output goes under the output folder, relative to it
	// and without extension: the path below the folder named on the command
	// line, the base name of a file named on it, or for a URL its
	// fetch.FileName, such as www.example.com_news_story.html_aaec8c93.
	Rel string
	// Err is a problem found while listing the input, such as a broken
	// symbolic link; the input then fails without being read.
	Err error
}

// IsURL reports whether arg names a page to fetch rather than a file.
func IsURL(arg string) bool {
	return strings.HasPrefix(arg, "http://") || strings.HasPrefix(arg, "https://")
}

// Sources lists the inputs named by args in order: files as given, folders
// walked recursively in lexical order (skipping names that start with a
// dot), URLs as given. No args means standard input. The list is produced
// lazily, so a large folder is never held in memory.
func Sources(args []string) iter.Seq[Source] {
	return func(yield func(Source) bool) {
		if len(args) == 0 {
			yield(Source{Name: "-", Rel: "stdin"})
			return
		}
		for _, arg := range args {
			if IsURL(arg) {
				if !yield(Source{Name: arg, URL: arg, Rel: fetch.FileName(arg)}) {
					return
				}
				continue
			}
			info, err := os.Stat(arg)
			switch {
			case err != nil:
				if !yield(Source{Name: arg, Path: arg, Rel: stripExt(filepath.Base(arg)), Err: statProblem(arg, err)}) {
					return
				}
			case info.IsDir():
				if !walk(arg, yield) {
					return
				}
			default:
				if !yield(Source{Name: arg, Path: arg, Rel: stripExt(filepath.Base(arg))}) {
					return
				}
			}
		}
	}
}

// walk yields the files under root; it returns false when yield asked to stop.
func walk(root string, yield func(Source) bool) bool {
	stopped := false
	_ = filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if d != nil && path != root && strings.HasPrefix(d.Name(), ".") {
			if d.IsDir() {
				return filepath.SkipDir
			}
			return nil
		}
		src := Source{Name: path, Path: path}
		if rel, rerr := filepath.Rel(root, path); rerr == nil {
			src.Rel = stripExt(rel)
		}
		switch {
		case err != nil:
			src.Err = err
		case d.IsDir():
			return nil
		case d.Type()&fs.ModeSymlink != 0:
			info, serr := os.Stat(path)
			switch {
			case serr != nil:
				src.Err = statProblem(path, serr)
			case !info.Mode().IsRegular():
				return nil // links to folders are not followed
			}
		case !d.Type().IsRegular():
			return nil // devices, sockets, pipes
		}
		if !yield(src) {
			stopped = true
			return filepath.SkipAll
		}
		if err != nil && d != nil && d.IsDir() {
			return filepath.SkipDir
		}
		return nil
	})
	return !stopped
}

// statProblem says why path cannot be read, more plainly than os.Stat.
func statProblem(path string, err error) error {
	if errors.Is(err, fs.ErrNotExist) {
		if _, lerr := os.Lstat(path); lerr == nil {
			return errors.New("broken symbolic link")
		}
		return errors.New("no such file or folder")
	}
	return err
}

// stripExt drops the extension of the last element of path.
func stripExt(path string) string {
	return strings.TrimSuffix(path, filepath.Ext(path))
}

// realPath returns path made absolute with symbolic links resolved, as far
// as the path exists: a folder that does not exist yet keeps its name below
// its deepest existing parent.
func realPath(path string) (string, error) {
	abs, err := filepath.Abs(path)
	if err != nil {
		return "", err
	}
	if r, err := filepath.EvalSymlinks(abs); err == nil {
		return r, nil
	}
	parent := filepath.Dir(abs)
	if parent == abs {
		return abs, nil
	}
	rp, err := realPath(parent)
	if err != nil {
		return "", err
	}
	return filepath.Join(rp, filepath.Base(abs)), nil
}

// within reports whether path is dir or lies below it; both are real paths.
func within(path, dir string) bool {
	rel, err := filepath.Rel(dir, path)
	return err == nil && rel != ".." && !strings.HasPrefix(rel, ".."+string(filepath.Separator)) && !filepath.IsAbs(rel)
}

// guard keeps outputs away from inputs.
type guard struct {
	out   string          // real path of the output folder
	files map[string]bool // real paths of the files named as arguments
}

// newGuard checks that the output folder outDir and every folder in args
// are disjoint, so that no output can land on an input or be walked as one
// later, and remembers the files in args so that no output replaces them.
func newGuard(outDir string, args []string) (*guard, error) {
	out, err := realPath(outDir)
	if err != nil {
		return nil, fmt.Errorf("output folder %s: %w", outDir, err)
	}
	g := &guard{out: out, files: map[string]bool{}}
	for _, arg := range args {
		if IsURL(arg) {
			continue
		}
		info, err := os.Stat(arg)
		if err != nil {
			continue // reported when the input is read
		}
		in, err := realPath(arg)
		if err != nil {
			return nil, fmt.Errorf("input %s: %w", arg, err)
		}
		if !info.IsDir() {
			g.files[in] = true
			continue
		}
		if within(out, in) {
			return nil, fmt.Errorf("output folder %s is inside input folder %s: outputs could overwrite inputs or be read as inputs next time", outDir, arg)
		}
		if within(in, out) {
			return nil, fmt.Errorf("input folder %s is inside output folder %s: outputs could overwrite inputs", arg, outDir)
		}
	}
	return g, nil
}

// check returns an error when writing to the output file path would
// replace the input file in (empty for a URL) or a file named as an argument.
func (g *guard) check(path, in string) error {
	rp, err := realPath(path)
	if err != nil {
		return err
	}
	if g.files[rp] {
		return fmt.Errorf("refusing to write %s over an input", path)
	}
	if in == "" {
		return nil
	}
	if ri, err := realPath(in); err == nil && ri == rp {
		return fmt.Errorf("refusing to write %s over its input", path)
	}
	a, aerr := os.Stat(path)
	b, berr := os.Stat(in)
	if aerr == nil && berr == nil && os.SameFile(a, b) {
		return fmt.Errorf("refusing to write %s over its input", path)
	}
	return nil
}
