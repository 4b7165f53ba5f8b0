// Reads one YAML document on stdin with gopkg.in/yaml.v3 (Go's common YAML parser) and
// prints it as JSON, so a test can compare what Go reads with what we meant to write.
package main

import (
	"encoding/json"
	"fmt"
	"io"
	"os"

	"gopkg.in/yaml.v3"
)

func main() {
	input, err := io.ReadAll(os.Stdin)
	if err != nil {
		fail(err)
	}
	var value interface{}
	if err := yaml.Unmarshal(input, &value); err != nil {
		fail(err)
	}
	output, err := json.Marshal(value)
	if err != nil {
		fail(err)
	}
	os.Stdout.Write(output)
}

func fail(err error) {
	fmt.Fprintln(os.Stderr, err)
	os.Exit(1)
}
